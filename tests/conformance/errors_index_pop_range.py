# IndexError: pop index out of range.
a = [1, 2, 3]
print(a.pop(-3))
a.pop(5)
