# Loop-carried variables that start as an int parameter and become floats part-way, in while and for loops.
def grow(x):
    while x < 100:
        x = x * 1.5 + 1
    return x
def settle(x, steps):
    for i in range(steps):
        x = (x + 10 / (x or 1)) / 2
    return x
def count_down(n):
    c = 0
    while n > 0:
        n = n - 0.75
        c += 1
    return n, c
print(grow(1), grow(99), grow(100), grow(2.5))
print(settle(1, 5), settle(10, 0), settle(4.0, 3))
print(count_down(3), count_down(0), count_down(1))
