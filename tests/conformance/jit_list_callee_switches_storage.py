# A compiled callee stores an element of another type into a typed list its caller is still
# reading (a bool list given an int, an int list given a float, a list reached through a list of
# lists): the caller must see the new elements, not fail on its typed reads.
def poke(xs, i, v):
    xs[i] = v


def run_bools(n):
    f = [False] * n
    t = 0
    for i in range(n):
        if i == 3:
            poke(f, i, 5)
        t += f[i]
        f[i] = True
    return t, f


def run_ints(n):
    f = [0] * n
    t = 0
    for i in range(n):
        if i == 2:
            poke(f, i, 2.5)
        t += f[i]
        f[i] = 1
    return t, f


def grow(g):
    g[0].append(1.5)


def run_rows(n):
    f = [i % 2 == 0 for i in range(n)]
    g = [f, f]
    t = 0
    for i in range(n):
        if i == 2:
            grow(g)
        if f[i]:
            t += 1
    return t, f


def deep(xs, k):
    if k == 0:
        xs[0] = "zero"
        return 0
    return deep(xs, k - 1) + 1


def run_deep(n):
    f = [True] * n
    d = deep(f, 3)
    c = 0
    for x in f:
        if x:
            c += 1
    return d, c, f


print(run_bools(6))
print(run_ints(5))
print(run_rows(6))
print(run_deep(4))
a = [True] * 4
for i in range(4):
    if i == 1:
        poke(a, 2, 7)
    print(a[i])
