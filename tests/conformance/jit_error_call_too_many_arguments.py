# A compiled function called with too many arguments: TypeError.
def f(a, b):
    return a + b


for k in range(300):
    f(k, 1)
print(f(1, 2, 3))
