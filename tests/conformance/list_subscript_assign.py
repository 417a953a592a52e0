# Element assignment with positive and negative indices, nested lists a[i][j] = v, and augmented element assignment.
a = [0, 1, 2, 3]
a[0] = "x"
a[-1] = 3.5
print(a)
m = [[0, 0], [0, 0]]
m[1][0] = 7
m[0][-1] += 5
m[1][0] *= 3
print(m)
v = [1, 2, 3]
i = 0
v[i] = v[i + 1] = 9
print(v)
