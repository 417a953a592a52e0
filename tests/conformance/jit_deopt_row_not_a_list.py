# A row of a list of lists is replaced by something that is not a list (a tuple, a string, a
# float list, an int) while a compiled function walks the rows: the rest of the call runs in the
# interpreter, with the error an int row gives raised there.
def swap(i, v):
    shared[i] = v


def total(g, v):
    s = 0
    for i in range(len(g)):
        if i == 1:
            swap(2, v)
        for x in g[i]:
            s += x
    return s


def lengths(g, v):
    out = []
    for i in range(len(g)):
        if i == 0:
            swap(1, v)
        out.append(len(g[i]))
        out.append(g[i][0])
    return out


shared = [[1, 2], [3, 4], [5, 6]]
print(total(shared, (10, 20)))
shared = [[1, 2], [3, 4], [5, 6]]
print(lengths(shared, "xy"))
shared = [[1, 2], [3, 4], [5, 6]]
print(total(shared, [0.25]))
shared = [[1, 2], [3, 4], [5, 6]]
print(total(shared, 7))
