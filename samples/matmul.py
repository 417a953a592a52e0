# Dense matrix multiply on nested lists: the textbook i-j-k triple loop with a running dot product.
# Entries are small integers stored as floats, so every product and sum is exact in any order and
# the results print as exact integers. Default n = 450 (../../shared/bench/matmul.py).
#     matmul.py [n] [--time]
# test-args: 24
import sys
import time


def make_matrix(n, a, b, m):
    return [[float((a * i + b * j) % m + 1) for j in range(n)] for i in range(n)]


def matmul(a, b, n):
    c = [[0.0] * n for i in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


def main(n, timing):
    a = make_matrix(n, 1, 2, 7)
    b = make_matrix(n, 3, 1, 5)
    t0 = time.perf_counter()
    c = matmul(a, b, n)
    t1 = time.perf_counter()
    total = 0.0
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
        for j in range(n):
            total += c[i][j] * (i + 1)
    print("n", n, "weighted_sum", int(total), "trace", int(trace))
    print("corner", c[0][0], c[n - 1][n - 1], "row0", c[0][:4])
    if timing:
        print("kernel_seconds", t1 - t0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--time"]
    n = int(args[0]) if args else 450
    main(n, "--time" in sys.argv)
