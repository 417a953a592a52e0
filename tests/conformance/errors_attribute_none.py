# AttributeError: 'NoneType' object has no attribute 'append', from using sort()'s None result.
a = [2, 1]
b = a.sort()
print(a, b)
b.append(3)
