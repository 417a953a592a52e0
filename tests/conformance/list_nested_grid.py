# A 2D grid as nested lists: building, updating with wrap-around neighbours via %, and summing rows.
n = 4
g = [[float(i * n + j) for j in range(n)] for i in range(n)]
new = [[0.0] * n for i in range(n)]
for i in range(n):
    for j in range(n):
        new[i][j] = (g[(i + 1) % n][j] + g[(i - 1) % n][j] + g[i][(j + 1) % n] + g[i][(j - 1) % n]) / 4
print(new)
print([sum(row) for row in new], sum([sum(row) for row in new]))
