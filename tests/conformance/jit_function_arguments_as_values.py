# Functions passed as arguments and called by a compiled function; a builtin passed the same way.
def apply(f, x):
    return f(x)


def sq(x):
    return x * x


def cube(x):
    return x * x * x


t = 0
for k in range(300):
    t += apply(sq, k) + apply(cube, k)
print(t, apply(sq, 3), apply(cube, 3), apply(sq, 1.5), apply(abs, -2))
