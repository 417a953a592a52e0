# TypeError: 'int' object is not callable.
f = 3
print(f)
f(1)
