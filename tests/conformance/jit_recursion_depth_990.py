# Recursion close to CPython's limit in compiled functions: depths of 990 and more succeed
# exactly as in CPython (the module frame counts), with ints, floats and mutual recursion.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def fsum(n, x):
    if n == 0:
        return x
    return fsum(n - 1, x + 0.5)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


for k in range(20):
    r = depth(100)
print(r)
print(depth(990), depth(995), depth(998))
print(fsum(990, 0.0), fsum(996, 1))
print(is_even(990), is_odd(995), is_even(998))
