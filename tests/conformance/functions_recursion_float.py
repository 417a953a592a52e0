# Recursion with float arguments and results, and a recursive function returning tuples.
def fib(n):
    if n < 2.0:
        return n
    return fib(n - 1.0) + fib(n - 2.0)
print(fib(15.0), fib(10))
def gcd_steps(a, b):
    if b == 0:
        return (a, 0)
    g, steps = gcd_steps(b, a % b)
    return (g, steps + 1)
print(gcd_steps(1071, 462), gcd_steps(10.5, 3.0))
def power(x, n):
    if n == 0:
        return 1
    half = power(x, n // 2)
    return half * half * (x if n % 2 else 1)
print(power(3, 13), power(1.5, 7), power(2, 62))
