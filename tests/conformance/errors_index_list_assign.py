# IndexError: list assignment index out of range.
a = [0] * 3
a[2] = 1
print(a)
a[3] = 1
