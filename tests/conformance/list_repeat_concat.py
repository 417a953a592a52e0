# [x] * n, n * list, list * 0 and negative counts, and list concatenation creating new lists.
print([0] * 5, 3 * [1, 2], [1] * 0, [1] * -2, [] * 100, [[1]] * 2, ["a"] * True)
a = [1, 2]
b = a + [3] + []
print(a, b, a + a)
c = [0.0] * 4
c[1] = 2.5
print(c)
n = 3
d = [None] * n
print(d)
