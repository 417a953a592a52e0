# ZeroDivisionError from complex division by zero: "complex division by zero".
z = 1 + 2j
print(z / 2)
print(z / 0)
