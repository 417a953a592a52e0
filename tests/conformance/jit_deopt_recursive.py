# A recursive compiled function whose row changes storage part way down the recursion (through a
# global aliasing the argument): each level's remaining work continues in the interpreter with
# the float sum.
def poke(k):
    shared[k][0] = shared[k][0] + 0.5


def walk(rows, k):
    if k == len(rows):
        return 0
    if k == 3:
        poke(4)
    s = 0
    for x in rows[k]:
        s += x
    return s + walk(rows, k + 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


shared = [[i, i + 1] for i in range(6)]
print(walk(shared, 0))
shared = [[i, i + 1] for i in range(6)]
print(walk(shared, 4))
print(depth(50))
