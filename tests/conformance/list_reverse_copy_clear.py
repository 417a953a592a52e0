# reverse in place, copy makes a shallow copy, clear empties the same object (aliases see it).
a = [1, 2, 3, [4]]
b = a.copy()
a.reverse()
print(a, b)
b[3].append(5)
print(a, b)
alias = a
a.clear()
print(a, alias, b, len(alias))
e = []
e.reverse()
print(e, e.copy())
