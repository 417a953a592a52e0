# After a deoptimization the function's result is a float where int was inferred: a compiled
# caller gets that value (and goes on in the interpreter after the call), uses it in arithmetic,
# and module code gets it too.
def poke(g):
    g[0][0] = 0.5


def total(g, touch):
    s = 0
    for i in range(len(g)):
        if touch and i == 0:
            poke(g)
        for x in g[i]:
            s += x
    return s


def caller(n, touch):
    acc = 0
    for k in range(n):
        t = total([[k, 1], [2, 3]], touch and k == n - 2)
        acc = acc + t * 2
    return acc + 1


print(caller(5, False))
print(caller(5, True))
r = total([[1, 2], [3]], True)
print(r, r * 3, r - 1)
for k in range(4):
    print(total([[k], [k + 1]], k % 2 == 1))
