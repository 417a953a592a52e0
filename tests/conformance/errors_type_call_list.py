# TypeError: 'list' object is not callable.
a = [1, 2]
print(a[0])
a(0)
