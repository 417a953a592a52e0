# A row of a list of lists is replaced by something that is not a list (a tuple, a string, an
# int) while a compiled function walks the rows: the rest of the call runs in the interpreter,
# with the error an int row gives raised there.
def swap(g, i, v):
    g[i] = v


def total(g, v):
    s = 0
    for i in range(len(g)):
        if i == 1:
            swap(g, 2, v)
        for x in g[i]:
            s += x
    return s


def lengths(g, v):
    out = []
    for i in range(len(g)):
        if i == 0:
            swap(g, 1, v)
        out.append(len(g[i]))
        out.append(g[i][0])
    return out


print(total([[1, 2], [3, 4], [5, 6]], (10, 20)))
print(lengths([[1, 2], [3, 4], [5, 6]], "xy"))
print(total([[1, 2], [3, 4], [5, 6]], [0.25]))
print(total([[1, 2], [3, 4], [5, 6]], 7))
