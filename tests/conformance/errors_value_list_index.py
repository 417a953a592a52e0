# ValueError: 3 is not in list.
a = [1, 2]
print(a.index(2))
print(a.index(3))
