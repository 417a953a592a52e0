# A compiled recursive function that goes one frame past CPython's limit: RecursionError, after
# the depths just below the limit succeeded.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


for k in range(20):
    r = depth(50)
print(r, depth(997), depth(998))
print(depth(999))
