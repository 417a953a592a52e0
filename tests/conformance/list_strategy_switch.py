# A list whose element types change over time (int, then float, then str, then back), printed after each change.
a = [1, 2, 3]
print(a)
a[0] = 1.5
print(a)
a.append(2j)
print(a)
a[1] = "two"
print(a)
del a[1]
a[0] = 7
print(a, sum([x.real for x in a]))
f = [0.0] * 3
f.append(1)
f.insert(0, True)
print(f, f[0] + f[-1])
