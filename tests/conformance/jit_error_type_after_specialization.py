# A function compiled for ints, then called with a str: CPython's TypeError from the generic
# operation.
def add(a, b):
    return a + b


for k in range(300):
    add(k, 1)
print(add(1, "x"))
