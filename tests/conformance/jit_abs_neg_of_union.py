# abs(), unary minus and plus of a variable that is an int or a float.
def f(x):
    y = 0
    if x > 1:
        y = x * 0.5
    return abs(y) + abs(-y), -y, +y


for k in range(300):
    f(k)
print(f(0), f(3), f(-3), f(2.5))
