# Lists of bools (one-byte storage in fastjit): every list operation, at module level and in
# functions, and what happens to the list when a non-bool arrives.
def show(label, xs):
    print(label, xs, len(xs))


def ops(flags):
    a = list(flags)
    show("copy", a)
    a.append(False)
    a.insert(0, True)
    a.insert(-1, False)
    a.insert(100, True)
    show("append/insert", a)
    print("pop", a.pop(), a.pop(0), a.pop(-2), a)
    a.extend([True, True])
    a.extend((False,))
    a.extend([x > 1 for x in [0, 1, 2]])
    show("extend", a)
    a += [False]
    show("+=", a)
    print("get", a[0], a[-1], a[2], a[len(a) - 2])
    a[1] = not a[1]
    a[-1] = True
    show("set", a)
    print("slices", a[1:4], a[::2], a[::-1], a[5:1:-2], a[100:], a[:0])
    del a[0]
    del a[-1]
    show("del", a)
    b = a * 2
    show("repeat", b)
    c = [False] * 4 + [True] * 3
    show("concat", c)
    print("contains", True in c, False in c, 1 in c, 0 in c, 2 in c, 1.0 in c, "x" in c)
    print("index", c.index(True), c.index(False), c.index(1), c.index(0.0))
    print("count", c.count(True), c.count(False), c.count(1), c.count(0), c.count(2), c.count(1.0))
    d = [True, False, True, True, False, False, True]
    d.sort()
    show("sort", d)
    d.sort(reverse=True)
    show("sort reverse", d)
    e = [True, False, True, False]
    e.reverse()
    show("reverse", e)
    print("sorted", sorted(e), sorted(e, reverse=True))
    print("sum", sum(e), sum(d, 10), sum(e, 0.5), sum([True] * 1000))
    print("min/max", min(e), max(e), min([True, True]), max([False]), min(e, key=abs))
    f = e.copy()
    f[0] = False
    print("copy is independent", e, f, e == f, e != f)
    e.clear()
    show("clear", e)
    e.append(True)
    show("after clear", e)
    return a


show("module", [True, False] * 3)
r = ops([True, False, True])
print(r)
total = 0
for x in [True, False, True, True]:
    total += x
    print(x, end=" ")
print(total)
for x in reversed([True, False, False]):
    print(x, end=" ")
print()
for i, x in enumerate([False, True]):
    print(i, x)
print(list(zip([True, False], [1, 2])))
print(tuple([True, False]), str([False]), repr([True]), [[True, False], [False]])
print([True] < [True, False], [False] < [True], [True] > [1], [True] <= [1], [False, True] >= [0, 1])
print([True, False] == [True, False], [True] == [1], [1] == [True], [False] == [0.0], [True] == [True, True])
g = [True] * 5
h = g
h[2] = False
print(g, h)
g *= 2
print(g, h, len(h))
g *= 0
print(g, h)
