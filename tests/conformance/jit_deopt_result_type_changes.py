# After a deoptimization the function's result is a float where int was inferred: a compiled
# caller gets that value (and goes on in the interpreter after the call), uses it in arithmetic,
# and module code gets it too. The row changes through a global aliasing the argument.
def poke():
    shared[0][0] = 0.5


def total(g, touch):
    s = 0
    for i in range(len(g)):
        if touch and i == 0:
            poke()
        for x in g[i]:
            s += x
    return s


def caller(g, touch):
    t = total(g, touch)
    return t * 2 + 1


def caller2(g, touch):
    acc = 0
    for k in range(3):
        acc = acc + caller(g, touch and k == 1) * (k + 1)
    return acc


for k in range(4):
    shared = [[k, 1], [2, 3]]
    print(caller(shared, k == 2))
shared = [[1, 1], [2, 3]]
print(caller2(shared, True))
shared = [[1, 2], [3]]
r = total(shared, True)
print(r, r * 3, r - 1)
for k in range(4):
    shared = [[k], [k + 1]]
    print(total(shared, k % 2 == 1))
