# 2D diffusion (the heat equation) on nested lists, "High Performance Python" chapter 6, pure Python.
# Explicit Euler steps on a periodic size x size grid, neighbours wrapping around via %; a fresh
# grid per step, as in the book. Prints the sum, the sum of squares and the centre value.
# The default (256, 240 steps) is the computation of ../../shared/bench/diffusion2d.py.
#     diffusion.py [size [steps]] [--time]
# test-args: 24 12
import sys
import time


def evolve(grid, dt, xmax, ymax, D=1.0):
    new_grid = [[0.0] * ymax for i in range(xmax)]
    for i in range(xmax):
        for j in range(ymax):
            grid_xx = grid[(i + 1) % xmax][j] + grid[(i - 1) % xmax][j] - 2.0 * grid[i][j]
            grid_yy = grid[i][(j + 1) % ymax] + grid[i][(j - 1) % ymax] - 2.0 * grid[i][j]
            new_grid[i][j] = grid[i][j] + D * (grid_xx + grid_yy) * dt
    return new_grid


def initial_grid(xmax, ymax):
    grid = [[0.0] * ymax for i in range(xmax)]
    low = int(xmax * 0.4)
    high = int(xmax * 0.5)
    for i in range(low, high):
        for j in range(low, high):
            grid[i][j] = 0.005
    return grid


def run_experiment(grid, steps, xmax, ymax):
    for s in range(steps):
        grid = evolve(grid, 0.1, xmax, ymax)
    return grid


def main(size, steps, timing):
    grid = initial_grid(size, size)
    t0 = time.perf_counter()
    grid = run_experiment(grid, steps, size, size)
    t1 = time.perf_counter()
    total = 0.0
    squares = 0.0
    for row in grid:
        for v in row:
            total += v
            squares += v * v
    centre = grid[size * 9 // 20][size * 9 // 20]
    print("grid", size, "steps", steps, "sum", f"{total:.10e}", "sumsq", f"{squares:.10e}", "centre", f"{centre:.10e}")
    print("corner", grid[0][0], "max", max([max(row) for row in grid]))
    if timing:
        print("kernel_seconds", t1 - t0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--time"]
    size = int(args[0]) if len(args) > 0 else 256
    steps = int(args[1]) if len(args) > 1 else 240
    main(size, steps, "--time" in sys.argv)
