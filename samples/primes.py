# Prime counting by trial division ("High Performance Python" chapter 9): integer % and * in a
# tight while loop inside a function called once per candidate. Counts and sums the primes below
# a limit and prints the largest few. Default limit 1750000 (../../shared/bench/primes.py).
#     primes.py [limit] [--time]
# test-args: 20000
import sys
import time


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit):
    count = 0
    total = 0
    last = []
    for n in range(limit):
        if is_prime(n):
            count += 1
            total += n
            last.append(n)
            if len(last) > 5:
                last.pop(0)
    return count, total, last


def main(limit, timing):
    t0 = time.perf_counter()
    count, total, last = count_primes(limit)
    t1 = time.perf_counter()
    print("primes below", limit, "count", count, "sum", total)
    print("largest", last)
    if timing:
        print("kernel_seconds", t1 - t0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--time"]
    limit = int(args[0]) if args else 1750000
    main(limit, "--time" in sys.argv)
