# Squared norm of a vector held in a list ("High Performance Python" chapter 6: vector =
# list(range(n)), integer squares), repeated; each round flips one element's sign, so every round
# reads fresh data yet gives the same sum. Also the float norm of the same vector.
# Default n = 200000, 700 rounds (../../shared/bench/norm.py).
#     norm.py [n [rounds]] [--time]
# test-args: 3000 20
import sys
import time
from math import sqrt


def norm_square(vector):
    norm = 0
    for v in vector:
        norm += v * v
    return norm


def norm_float(vector):
    total = 0.0
    for v in vector:
        total += v * v
    return sqrt(total)


def repeat_norm(vector, rounds):
    n = len(vector)
    checksum = 0
    for r in range(rounds):
        vector[r % n] = -vector[r % n]
        checksum = (checksum + norm_square(vector)) % 1000000007
    return checksum


def main(n, rounds, timing):
    vector = list(range(n))
    t0 = time.perf_counter()
    checksum = repeat_norm(vector, rounds)
    t1 = time.perf_counter()
    print("n", n, "rounds", rounds, "norm_square", norm_square(vector), "checksum", checksum)
    print("norm", norm_float(vector), "negated", len([v for v in vector if v < 0]))
    if timing:
        print("kernel_seconds", t1 - t0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--time"]
    n = int(args[0]) if len(args) > 0 else 200000
    rounds = int(args[1]) if len(args) > 1 else 700
    main(n, rounds, "--time" in sys.argv)
