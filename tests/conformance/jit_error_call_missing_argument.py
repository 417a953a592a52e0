# A compiled function called with too few arguments: CPython's TypeError.
def f(a, b):
    return a + b


for k in range(300):
    f(k, 1)
print(f(1, 2))
print(f(1))
