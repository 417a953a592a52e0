# The same function over rows of ints, rows of floats and a row that mixes them: one result per row type.
def row_sum(row):
    s = 0
    for v in row:
        s += v
    return s
grid = [[1, 2, 3], [0.5, 0.25], [1, 2.5, 3], [True, 2], []]
for row in grid:
    print(row_sum(row))
grid[0][1] = 2.0
print(row_sum(grid[0]), grid[0])
