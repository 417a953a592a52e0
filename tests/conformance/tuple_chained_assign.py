# Chained assignment binds every target to the same object, left to right.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y)
p = q = 1, 2
print(p, q)
m = [0, 0]
i = m[0] = 1
print(i, m)
