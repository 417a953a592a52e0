# After a deoptimization the interpreter continues a call the compiled frame already counted:
# RecursionError comes at the same depth as in CPython.
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


def poke():
    shared[0][0] = 0.5


def probe(g, n):
    s = 0
    for i in range(len(g)):
        if i == 0:
            poke()
        for x in g[i]:
            s += x
    return s + deep(n)


for n in [990, 995, 996, 997, 998]:
    shared = [[1, 2], [3]]
    print(probe(shared, n))
