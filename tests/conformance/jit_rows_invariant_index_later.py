# Stencil loops reading rows at a loop-invariant index (grid[(i - 1) % n][j], as in diffusion2d):
# compiled code checks such a row once, in a peeled first iteration of the j loop, and reuses it.
# The same function then meets a ragged grid: the short row fails its bounds check in a later
# iteration (j = 3), after the peeled one, and the IndexError must come from that read.
def stencil(grid, n, m):
    out = [[0.0] * m for i in range(n)]
    for i in range(n):
        for j in range(m):
            out[i][j] = grid[(i + 1) % n][j] + grid[(i - 1) % n][j] - 2.0 * grid[i][j]
    return out


def total(g):
    s = 0.0
    for row in g:
        for v in row:
            s += v * v
    return s


def main():
    grid = [[float(i * 7 + j * j) for j in range(5)] for i in range(4)]
    out = grid
    for r in range(30):
        out = stencil(grid, 4, 5)
    print(out[0], out[3], total(out))
    grid[3][2] = 100.0
    out = stencil(grid, 4, 5)
    print(out[2], out[0], total(out))
    grid[2] = [1.0, 2.0, 3.0]
    print("ragged")
    out = stencil(grid, 4, 5)
    print("not reached", out)


main()
