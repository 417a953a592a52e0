# bool is an int subtype, but a list keeps each element's own type: mixing bools with ints (or
# anything else) in one list, at module level and in functions, prints exactly what CPython prints.
def mix():
    a = [True, 1]
    b = [1, True]
    print(a, b, a == b, [True] * 3 + [1], [1] + [True] * 2)
    c = [True] * 4
    c[1] = 1
    print(c, c[0] + c[1], isinstance(c[0], bool), isinstance(c[1], bool))
    c[1] = False
    print(c)
    d = [False, True]
    d.append(0)
    d.append(False)
    print(d, sum(d), d.count(False), d.index(0), 0 in d)
    e = [True, False]
    e.insert(1, 2.5)
    print(e)
    f = [True, False]
    f.extend([3, 4])
    print(f)
    g = [0, 1]
    g[0] = True
    print(g, g[0] == True, isinstance(g[0], bool))
    h = [1, 0, 1]
    h.append(True)
    print(h, sorted(h), sorted([True, 0, False, 1, -1]))
    k = [True, False]
    k[0] = None
    print(k)
    m = [True + 1, True + True, -True, True * 3, False - 1, True / 2, True // 1, ~True]
    print(m)
    n = [x == 1 for x in [1, 2, 1]] + [x for x in [7, 8]]
    print(n)
    p = [True, False]
    p += [1.5]
    print(p)
    q = [False]
    q.extend(range(2))
    print(q)
    s = [True, 2]
    s.pop()
    print(s, s == [True], s == [1])
    s.append(False)
    print(s)
    print(max([True, 2, False]), min([0, False]), min([False, 0]), max([1, True]), max([True, 1]))
    t = [True, False, True]
    t.sort(key=abs)
    print(t)
    u = [1, True, 0, False]
    u.sort()
    print(u)
    u.reverse()
    print(u, u[::-1], u[1:3])
    return a


print(mix())
a = [True, 1]
b = [1, True]
print(a, b, [True] * 3 + [1])
c = [True] * 3
c[2] = 1
c[0] = 0.5
print(c)
w = [False] * 3
w.append(2)
print(w, sum(w))
print([True] == [1], [1] == [True], [True] == [1.0], [False] != [0])
