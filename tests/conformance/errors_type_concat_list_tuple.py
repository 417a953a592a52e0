# TypeError: can only concatenate list (not "tuple") to list.
a = [1]
print(a + [2])
b = a + (2,)
