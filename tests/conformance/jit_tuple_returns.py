# Compiled functions that return tuples of ints or floats, and unpack tuples they are given.
def stats(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def use(t):
    a, b = t
    return a * 2 + b


for k in range(300):
    r = stats([k, 3, 9])
print(r, stats([0.5, -1.5]), use((1, 2)), use((1.5, 2)), use(stats([4, 1])))
