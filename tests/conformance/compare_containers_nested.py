# Lexicographic comparison of nested lists and tuples, with equality decided before order.
a = [[1, 2], [3, 4]]
b = [[1, 2], [3, 5]]
print(a < b, a == b, a != b, a > b, a <= a, a >= b)
print([(1, 2), (3,)] < [(1, 2), (3, 0)], ((1, [2]),) == ((1, [2]),))
print(sorted([[2, 1], [1, 9], [1, 2, 3], [1, 2]]))
print(max([(1, "b"), (1, "a"), (0, "z")]))
