# A compiled function called with an unknown keyword argument: TypeError.
def f(a, b=2):
    return a + b


for k in range(300):
    f(k)
print(f(1, c=2))
