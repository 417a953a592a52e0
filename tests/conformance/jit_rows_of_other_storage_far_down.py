# A list of lists whose row 4500 has another storage (int, then complex) than the float rows:
# compiled code must not assume the rows it did not look at.
def total(grid):
    s = 0.0
    for row in grid:
        s += row[0]
    return s


grid = [[0.5] for i in range(5000)]
print(total(grid))
grid[4500] = [1]
print(total(grid))
grid[4500] = [1j]
print(total(grid))
