# Lists stored inside lists and shared between them: a row appended to two grids, a list that
# contains itself, rows replaced while another name still holds the old row, and [row] * n
# repeating one row object.
def bump_all(grid):
    for row in grid:
        for j in range(len(row)):
            row[j] = row[j] + 1
    return grid


row = [0, 0]
g1 = [row, [5, 5]]
g2 = [row]
for k in range(100):
    bump_all(g1)
print(g1, g2, row)
old = g1[0]
g1[0] = [0.5]
bump_all(g1)
print(g1, old, g2)
rep = [[0] * 2] * 3
bump_all(rep)
print(rep)
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
