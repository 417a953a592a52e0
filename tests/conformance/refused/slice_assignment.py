# Slice assignment is refused (element assignment a[i] = v is fine).
# refused: slice assignment ('a[i:j] = ...') is not supported by fastjit
# at: 6:1
a = [0, 1, 2, 3]
a[0] = 5
a[1:3] = [9]
print(a)
