# Indices computed from arithmetic and len(), including negative computed indices and nested indexing.
a = [10, 20, 30, 40, 50]
n = len(a)
print(a[n - 1], a[-n], a[n // 2], a[(7 * 3) % n], a[-(n // 2)], a[a.index(30) + 1])
m = [[i * 10 + j for j in range(4)] for i in range(3)]
print(m[len(m) - 1][-1], m[1][m[0][1] - 1], [row[-1] for row in m])
