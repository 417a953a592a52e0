# Julia set with complex numbers, the running example of "High Performance Python" (chapters 2 and 7).
# For every point z of a width x width grid over [-1.8, 1.8]^2, iterate z = z*z + c until |z| >= 2
# or maxiter steps, and sum the iteration counts. At the default size (1000 x 1000, 300 iterations,
# the computation of ../../shared/bench/julia.py) the checksum is 33219980.
#     julia.py [width [maxiter]] [--time]      --time adds a `kernel_seconds` line (not deterministic)
# test-args: 64 40
import sys
import time

x1, x2, y1, y2 = -1.8, 1.8, -1.8, 1.8
c_real, c_imag = -0.62772, -.42193


def escape_counts(maxiter, zs, cs):
    out = [0] * len(zs)
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2:
            z = z * z + c
            n += 1
        out[i] = n
    return out


def build_grid(width):
    x_step = (x2 - x1) / width
    y_step = (y1 - y2) / width
    xs = []
    ys = []
    y = y2
    while y > y1:
        ys.append(y)
        y += y_step
    x = x1
    while x < x2:
        xs.append(x)
        x += x_step
    zs = []
    cs = []
    for y in ys:
        for x in xs:
            zs.append(complex(x, y))
            cs.append(complex(c_real, c_imag))
    return zs, cs


def main(width, maxiter, timing):
    zs, cs = build_grid(width)
    t0 = time.perf_counter()
    out = escape_counts(maxiter, zs, cs)
    t1 = time.perf_counter()
    print("elements", len(zs), "checksum", sum(out))
    print("escaped at once", out.count(1), "never escaped", out.count(maxiter), "max", max(out))
    if timing:
        print("kernel_seconds", t1 - t0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--time"]
    width = int(args[0]) if len(args) > 0 else 1000
    maxiter = int(args[1]) if len(args) > 1 else 300
    main(width, maxiter, "--time" in sys.argv)
