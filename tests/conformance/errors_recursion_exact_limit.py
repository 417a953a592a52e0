# One frame more than CPython's default limit of 1000 raises RecursionError (the previous depth printed first).
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(998))
print(f(999))
