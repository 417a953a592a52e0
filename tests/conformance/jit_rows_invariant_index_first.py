# Stencil loops reading rows at a loop-invariant index (grid[(i - 1) % n][j], as in diffusion2d):
# compiled code checks such a row once, in a peeled first iteration of the j loop. Here a row is
# empty, so the check fails in that first iteration, after earlier rows ran through the loop.
def stencil(grid, n, m):
    out = [[0.0] * m for i in range(n)]
    for i in range(n):
        for j in range(m):
            out[i][j] = grid[i][(j + 1) % m] + grid[(i - 1) % n][j] - 2.0 * grid[i][j]
    return out


def main():
    grid = [[float(i + j * 3) for j in range(6)] for i in range(5)]
    out = grid
    for r in range(30):
        out = stencil(grid, 5, 6)
    print(out[1], out[4])
    grid[3] = []
    print("empty row")
    out = stencil(grid, 5, 6)
    print("not reached", out)


main()
