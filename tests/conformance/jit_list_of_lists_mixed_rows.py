# Lists of lists whose rows use different storage: a row of ints among rows of floats, a row
# replaced mid-loop by one of another type, a row that is not a list, rows that grow and shrink.
def row_sums(grid):
    out = []
    for i in range(len(grid)):
        s = 0
        for j in range(len(grid[i])):
            s += grid[i][j]
        out.append(s)
    return out


def diagonal(grid):
    d = 0.0
    for i in range(len(grid)):
        d += grid[i][i]
    return d


def replace_midway(grid):
    total = 0.0
    for i in range(len(grid)):
        if i == 1:
            grid[2] = [7, 8, 9]
        total += grid[i][0] + grid[i][1]
    return total


g = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
for k in range(200):
    r = row_sums(g)
print(r, diagonal(g))
g[1] = [40, 50, 60]
print(row_sums(g), diagonal(g))
g[0] = [1j, 2, 3]
print(row_sums(g), diagonal(g))
g[0] = []
print(row_sums(g))
h = [[0.5, 1.5], [2.5, 3.5], [4.5, 5.5]]
for k in range(100):
    h[2] = [4.5, 5.5]
    t = replace_midway(h)
print(t, h)
wide = [[0.0] * 5 for i in range(4)]
for i in range(4):
    for j in range(5):
        wide[i][j] = i * 10.0 + j
wide[3].append(99.0)
wide[0].pop()
print(row_sums(wide))
wide[2] = [1, 2, 3, 4, 5]
print(row_sums(wide))
print(diagonal([[1, 0], [0, 2]]), diagonal([[1.5, 0], [0, 2.5]]))
