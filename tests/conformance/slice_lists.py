# Slicing lists: bounds, omitted parts, negative indices, steps, negative steps, clamping; slices are copies.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:], a[-100:3], a[3:100], a[::-4], a[10:0:-3], a[0:0], a[-2:])
b = a[:]
b[0] = 99
print(a[0], b[0])
c = a[2:4]
c.append("x")
print(a[2:5], c)
i = 3
print(a[i:i + 2], a[i - 1::i])
