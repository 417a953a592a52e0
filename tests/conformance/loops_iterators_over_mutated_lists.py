# Iterators over lists mutated during iteration: reversed() stops when its index passes the new end,
# enumerate and zip see appended items, a for loop sees appended items, rebinding the iterated name does not.
a = [1, 2, 3, 4]
r = reversed(a)
a.pop()
print(list(r))
b = [1, 2, 3]
r2 = reversed(b)
b.append(4)
print(list(r2))
c = [1, 2, 3]
e = enumerate(c)
c.append(4)
print(list(e))
d = [1, 2]
z = zip(d, d)
d.append(3)
print(list(z))
f = [1, 2, 3]
for x in f:
    if len(f) < 6:
        f.append(x * 10)
print(f)
g = [5, 6, 7]
for i, v in enumerate(g):
    if i == 0:
        g.pop()
    print(i, v)
h = [1, 2, 3]
for v in reversed(h):
    if v == 3:
        h.pop(0)
    print(v)
s = "abc"
for ch in s:
    s = s + ch
    print(ch, s)
