# Calls with keyword arguments and defaults to functions that are hot (compiled): every binding
# of positional, keyword and default gives CPython's result, with defaults of several types.
def axpy(a, x, y=0, scale=1.0):
    return (a * x + y) * scale


def clamp(v, lo=0, hi=10):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def count(xs, target=0):
    c = 0
    for x in xs:
        if x == target:
            c += 1
    return c


s = 0.0
for i in range(500):
    s += axpy(i, 2) + axpy(i, 2, 1) + axpy(i, x=3, y=1) + axpy(a=i, x=1, scale=0.5)
print(s)
print(axpy(2, 3), axpy(2, 3, 4), axpy(2, 3, scale=2), axpy(2, 3, y=1j), axpy(y=1, x=2, a=3))
t = 0
for i in range(-20, 30):
    t += clamp(i) + clamp(i, 5) + clamp(i, hi=3) + clamp(i, lo=-5, hi=5) + clamp(hi=20, v=i)
print(t)
print(clamp(2.5), clamp(-1.5), clamp(11.0, hi=10.5), clamp(5, 0.5, 1.5))
print(count([0, 1, 0, 2]), count([1.0, 2.0, 1.0], 1), count([1, 2, 3], target=2.0))
