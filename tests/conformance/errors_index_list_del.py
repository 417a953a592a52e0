# IndexError from del a[i] out of range: "list assignment index out of range".
a = [1, 2]
del a[1]
print(a)
del a[1]
