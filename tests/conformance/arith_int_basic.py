# Integer +, -, * and unary operators, with precedence and associativity (-2**2, 2**3**2, 2*3+4).
print(1 + 2, 7 - 10, 6 * 7, -3 * -3)
print(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 2 ** 3 ** 2)
print(-2 ** 2, (-2) ** 2, -(-5), +7, -+-3)
print(~0, ~5, ~-1, - ~3)
x = 10
x = x * x - x
print(x)
