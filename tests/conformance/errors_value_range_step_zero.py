# ValueError: range() arg 3 must not be zero.
print(list(range(0, 4, 2)))
r = range(0, 4, 0)
