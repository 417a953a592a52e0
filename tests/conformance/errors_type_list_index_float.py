# TypeError: list indices must be integers or slices, not float.
a = [1, 2, 3]
print(a[1])
print(a[1.0])
