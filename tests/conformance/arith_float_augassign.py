# Augmented assignments on floats, including //=, %= and **= with negative operands.
x = 7.5
x += 0.25
print(x)
x -= 10
print(x)
x *= -2
print(x)
x /= 3
print(x)
x //= 0.5
print(x)
x %= -4
print(x)
x **= 2
print(x)
y = -7.25
y %= 2
print(y)
y = 2
y **= -1
print(y)
