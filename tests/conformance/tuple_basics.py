# Tuple displays with and without parentheses, the single-element comma, empty tuple, nesting, indexing, len.
t = 1, 2, 3
u = (4,)
e = ()
v = 5,
print(t, u, e, v, (1), ((1, 2), (3,)), len(t), len(e), t[0], t[-1])
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, "a", 2.5, None, [1]))
print(t == (1, 2, 3), 2 in t, 9 not in t, (1, 2) < (1, 3))
