# Monte Carlo estimate of pi ("High Performance Python" chapter 9): draw pairs with random.random()
# and count those inside the quarter circle. Seeded with random.seed(0), and fastjit's random is
# bit-identical to CPython's, so the count is exact. Default 40 million samples
# (../../shared/bench/pi_monte_carlo.py).
#     pi_monte_carlo.py [samples [seed]] [--time]
# test-args: 30000 7
import random
import sys
import time


def count_inside(samples):
    inside = 0
    for i in range(samples):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


def main(samples, seed, timing):
    random.seed(seed)
    t0 = time.perf_counter()
    inside = count_inside(samples)
    t1 = time.perf_counter()
    print("samples", samples, "inside", inside, "pi", f"{4 * inside / samples:.6f}")
    print("next random", random.random())
    if timing:
        print("kernel_seconds", t1 - t0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--time"]
    samples = int(args[0]) if len(args) > 0 else 40000000
    seed = int(args[1]) if len(args) > 1 else 0
    main(samples, seed, "--time" in sys.argv)
