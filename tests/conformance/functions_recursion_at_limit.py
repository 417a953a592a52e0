# Recursion to a total depth of exactly 1000 frames (the module plus 999 calls) still works, as in CPython.
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(998))
