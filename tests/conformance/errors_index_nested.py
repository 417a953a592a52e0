# IndexError in a nested list access a[i][j] with j out of range.
g = [[1, 2], [3]]
print(g[0][1])
print(g[1][1])
