# Integer powers: positive exponents stay int, negative exponents give a float, 0**0 is 1.
print(2 ** 10, 3 ** 0, 0 ** 0, 0 ** 5, (-3) ** 3, (-1) ** 1001)
print(2 ** 62, 3 ** 39, (-2) ** 63)
print(2 ** -1, 10 ** -2, (-2) ** -3, 1 ** -5, 4 ** -0)
print(7 ** 2 ** 1, 2 ** -2 ** 1)
x = 5
x **= 3
print(x)
