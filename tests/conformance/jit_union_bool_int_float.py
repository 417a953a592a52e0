# Variables that start as bools and become ints or floats (True += 1), and and/or/conditional
# expressions that yield either operand.
def f(n):
    x = True
    for i in range(n):
        x += 1
    return x


def g(a, b):
    return a or b, a and b, (a if a > b else b), not a


def h(n):
    x = False
    if n > 0:
        x = 1
    if n > 1:
        x = 2.5
    return x


for k in range(300):
    f(k % 3)
    g(k, 0.5)
    h(k % 3)
print(f(0), f(1), f(2), h(0), h(1), h(2))
print(g(0, 2.5), g(3, 2.5), g(0.0, 0), g(-0.0, 1), g(True, 0.5), g(False, 2))
