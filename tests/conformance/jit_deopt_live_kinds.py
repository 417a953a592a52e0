# Every kind of register live at a deoptimization: a local that may be unbound, a union, a complex,
# a boxed value (a string), a tuple, an outer list iterator, a function; all must reach the
# interpreter intact. The row changes through a global aliasing the argument.
def poke(k):
    shared[k][0] = 0.5


def helper(x):
    return x * 2


def kinds(g, flag):
    z = 1 + 2j
    name = "rows"
    pair = (3, 4)
    f = helper
    u = 1
    if flag:
        later = 10
        u = 2.5
    total = 0
    k = 0
    for row in g:
        if k == 1:
            poke(2)
        for x in row:
            total += x
        k += 1
    if flag:
        total += later
    return total, u, z * 2, name + "!", pair[1], f(total)


shared = [[1, 2], [3, 4], [5, 6]]
print(kinds(shared, True))
shared = [[1, 2], [3, 4], [5, 6]]
print(kinds(shared, False))
