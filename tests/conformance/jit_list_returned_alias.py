# A compiled function returns the list it was given, updated in place: the caller sees the same
# object.
def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs


a = [1.0, 2.0]
for k in range(100):
    b = scale(a, 1.0)
b[0] = 99.5
print(a, scale(a, 2.0), a)
c = [1, 2]
print(scale(c, 3), scale(c, 0), c)
