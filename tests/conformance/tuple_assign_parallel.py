# `a, b = x, y` evaluates every value before storing any target, then stores left to right: swaps,
# rotations, subscript targets whose index reads a variable assigned earlier in the same
# statement, nested targets, list displays, in functions (compiled) and at module level.
def rotate(a, b, c):
    a, b, c = b, c, a
    return a, b, c


def fib_pairs(n):
    x, y = 0, 1
    out = []
    for i in range(n):
        x, y = y, x + y
        out.append(x)
    return out


def swap_items(xs):
    i = 0
    j = len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i, j = i + 1, j - 1
    return xs


def index_order(xs):
    i = 0
    # i is stored first, so xs[i] uses the new i (CPython's left-to-right stores).
    i, xs[i] = 2, 99
    return i, xs


def mixed_types(n):
    a, b = 0, 0.5
    for k in range(n):
        a, b = b, a + k
    return a, b


def nested(p):
    (a, b), [c, d] = (p, p + 1), [p * 2, p * 3]
    [e, f] = [a + d, b * c]
    return a, b, c, d, e, f


def complex_step(z, c, n):
    x, y = z.real, z.imag
    for k in range(n):
        x, y = x * x - y * y + c.real, 2 * x * y + c.imag
    return x, y


print(rotate(1, 2, 3), fib_pairs(10), swap_items([1, 2, 3, 4, 5]), swap_items([]))
print(index_order([0, 1, 2, 3]), mixed_types(5), nested(3), complex_step(0j, -0.5 + 0.25j, 20))
p, q = "left", "right"
p, q = q, p
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(p, q, m)
t = u = 4, 5
print(t, u)
a, b = 1, 2, 3
