# Unpacking assignments: tuple targets with and without parentheses, nested targets, swaps, lists as targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = [6, 7]
print(f, g)
h, (i, [j, k]) = 1, (2, [3, 4])
print(h, i, j, k)
x, y, z = "xyz"
print(x, y, z)
p, q = range(2)
print(p, q)
m = [0, 0, 0]
m[0], m[2] = 8, 9
print(m)
