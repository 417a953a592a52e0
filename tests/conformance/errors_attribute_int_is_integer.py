# AttributeError: 'int' object has no attribute 'is_integer' (in Python 3.11).
print((2.0).is_integer())
n = 2
print(n.is_integer())
