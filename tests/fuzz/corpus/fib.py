"""Recursive Fibonacci."""
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    t0 = time.perf_counter()
    print("fib", 20, "=", fib(20), f"{time.perf_counter() - t0:.3f}")
