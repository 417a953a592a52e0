# A recursive compiled function whose row changes storage part way down the recursion: each
# level's remaining work continues in the interpreter with the float sum.
def poke(rows, k):
    rows[k][0] = rows[k][0] + 0.5


def walk(rows, k):
    if k == len(rows):
        return 0
    if k == 3:
        poke(rows, 4)
    s = 0
    for x in rows[k]:
        s += x
    return s + walk(rows, k + 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(walk([[i, i + 1] for i in range(6)], 0))
print(walk([[i, i + 1] for i in range(6)], 4))
print(depth(50))
