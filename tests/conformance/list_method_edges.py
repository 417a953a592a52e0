# List method edges: index with negative start/stop, insert at extreme positions, pop with -len, shared inner lists.
a = [1, 2, 3, 2]
print(a.index(2, -2), a.index(2, -3, -1), a.count(2.0), a.index(3, 1, 100))
a.insert(9223372036854775807, "end")
a.insert(-9223372036854775807, "start")
print(a)
b = a * 2
del b[-1]
print(b, b.pop(-len(b)), len(b))
c = [[]] * 3
c[0].append(1)
print(c, [[] for i in range(2)] == [[], []])
d = list(range(5))
d.reverse()
d.extend(reversed(d))
print(d, d.copy() == d)
