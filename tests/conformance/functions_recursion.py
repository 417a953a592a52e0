# Recursion: factorial, fibonacci, mutual recursion between two functions, and recursion on lists.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def total(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + total(xs, i + 1)
print(fact(0), fact(5), fact(20), fib(20), is_even(10), is_odd(7), total([1, 2, 3, 4], 0))
