# RecursionError when recursion goes past CPython's default limit of 1000 frames (1200 deep).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
print(depth(1200))
