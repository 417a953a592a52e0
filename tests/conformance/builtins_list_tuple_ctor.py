# list() and tuple() constructors copy their iterable; list of a list is a new list.
a = [1, 2, 3]
b = list(a)
t = tuple(a)
a.append(4)
print(a, b, t, list(t), tuple(b), list(), tuple(), list(tuple("xy")), tuple(zip([1], [2])))
