# AttributeError: 'tuple' object has no attribute 'sort'.
t = (3, 1, 2)
print(sorted(t))
t.sort()
