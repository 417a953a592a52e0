# A float row becomes an int row (replaced element by element) during a compiled call, both
# before a read and before a store into it.
def replace(g, i):
    g[i] = [7, 8]


def scale(g, factor):
    n = 0.0
    for i in range(len(g)):
        if i == 1:
            replace(g, 1)
        for j in range(len(g[i])):
            g[i][j] = g[i][j] * factor
            n += g[i][j]
    return n


def store_only(g):
    for i in range(len(g)):
        if i == 0:
            replace(g, 2)
        for j in range(len(g[i])):
            g[i][j] = 0.5
    return g


g = [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]
print(scale(g, 2.0))
print(g)
print(store_only([[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]))
