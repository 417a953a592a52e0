# list() from a range, string, tuple, another list (a copy), enumerate, zip, reversed; list() empty.
print(list(), list(range(4)), list("abc"), list((1, 2)), list(enumerate("ab")), list(zip("ab", [1, 2])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, list(reversed(a)), list(range(10, 0, -3)))
