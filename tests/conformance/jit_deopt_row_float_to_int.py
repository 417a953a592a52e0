# A float row becomes an int row during a compiled call (replaced through a global that aliases
# the argument), both before a read and before a store into it.
def replace(i):
    shared[i] = [7, 8]


def scale(g, factor):
    n = 0.0
    for i in range(len(g)):
        if i == 1:
            replace(1)
        for j in range(len(g[i])):
            g[i][j] = g[i][j] * factor
            n += g[i][j]
    return n


def store_only(g):
    for i in range(len(g)):
        if i == 0:
            replace(2)
        for j in range(len(g[i])):
            g[i][j] = 0.5
    return g


shared = [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]
print(scale(shared, 2.0))
print(shared)
shared = [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]
print(store_only(shared))
