# del a[i] with positive and negative indices, on nested lists, shifting later elements down.
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[2]
print(a)
m = [[1, 2, 3], [4, 5]]
del m[0][1]
print(m)
del m[1]
print(m, len(m))
