# Nested comprehensions transposing and flattening matrices, with zip and enumerate inside comprehensions.
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[j] for row in m] for j in range(len(m[0]))]
print(t, [x for row in m for x in row], [list(p) for p in zip(m[0], m[1])])
print([(i, sum(row)) for i, row in enumerate(t)], [[v * i for v in row] for i, row in enumerate(m, 1)])
