# Iterating a tuple whose items are all one number type runs unboxed in compiled code (the loop
# variable is an int, float, bool or complex); a constant tuple display is made once. Mixed
# tuples, empty tuples, break/else, nesting and tuples passed in as arguments behave as in CPython.
def neighbours(grid, n):
    counts = []
    for i in range(n):
        for j in range(n):
            s = 0
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di != 0 or dj != 0:
                        s += grid[(i + di) % n][(j + dj) % n]
            counts.append(s)
    return counts


def weights(xs):
    total = 0.0
    for w in (0.25, 0.5, 0.25):
        for x in xs:
            total += w * x
    return total


def flags(t):
    n = 0
    for f in t:
        if f:
            n += 1
    return n


def rotations(z):
    out = []
    for r in (1j, -1j, 1 + 0j):
        out.append(z * r)
    return out


def first_big(t, limit):
    for v in t:
        if v > limit:
            break
    else:
        return -1
    return v


def mixed(t):
    s = ""
    for v in t:
        s += str(v)
    return s


grid = [[(i * 3 + j) % 2 for j in range(5)] for i in range(5)]
print(neighbours(grid, 5))
print(weights([1.0, 2.0, 4.0]), flags((True, False, True, True)), rotations(2 + 1j))
print(first_big((3, 8, 1, 12), 7), first_big((3, 1), 7), first_big((), 0), mixed((1, 2.5, "x", None)))
empty = 0
for e in ():
    empty += 1
print(empty)
