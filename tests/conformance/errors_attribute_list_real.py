# AttributeError: 'list' object has no attribute 'real'.
print((3).real)
a = [1]
print(a.real)
