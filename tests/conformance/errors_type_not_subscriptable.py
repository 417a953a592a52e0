# TypeError: 'int' object is not subscriptable.
n = 5
print(n)
print(n[0])
