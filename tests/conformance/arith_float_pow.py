# Float powers: fractional exponents, negative bases with integral exponents, 0.0 ** 0, large results.
print(2.0 ** 10, 2.0 ** -1, 9.0 ** 0.5, 8.0 ** (1 / 3), 0.0 ** 0, 0.0 ** 2.5)
print((-2.0) ** 3, (-2.0) ** 2, (-8.0) ** 3.0, 1.0 ** 1e308, 10.0 ** 22, 10.0 ** -5)
print(2 ** -1074, 2.0 ** -1074, 1.5 ** 100)
print(pow(2.0, 3), pow(2, 0.5), pow(4, -0.5))
