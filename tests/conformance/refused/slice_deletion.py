# Slice deletion is refused (del a[i] is fine).
# refused: slice deletion ('del a[i:j]') is not supported by fastjit
# at: 6:5
a = [0, 1, 2, 3]
del a[0]
del a[::2]
print(a)
