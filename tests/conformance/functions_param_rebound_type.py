# A parameter rebound to a value of another type inside the function (int argument, float result):
# the specialization for an int parameter must let the variable become a float (or a union).
def half(n):
    n = n / 2
    return n
def bump(n):
    n += 0.5
    return n
def maybe(n, k):
    if k:
        n = 0.5
    return n
def halve(n):
    while n > 1:
        n = n / 2 if n % 2 else n // 2
    return n
def text(n):
    n = str(n) + "!"
    return n
print(half(8), half(7), half(2.5))
print(bump(8), bump(-1), bump(True))
print(maybe(8, 1), maybe(8, 0), maybe(2.5, 0))
print(halve(8), halve(12), halve(7), halve(1), halve(0.5))
print(text(3), text(1.5))
