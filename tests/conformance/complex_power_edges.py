# Powers with negative bases and fractional exponents give complex results; underflow to (signed) zero; complex powers and negation.
nan = float("nan")
print(complex(1e16, -1e-5), f"{1j:10}|", complex(nan, -0.0), f"{0j:.2f}", complex(1e300 * 10, 1))
print((-8) ** (1 / 3), (-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5)
print(10 ** -400, 2 ** -1075, (-2) ** -1075, 0.5 ** 2000)
print(complex(2, 3) ** 2, (1 + 1j) ** -1, 1j ** -2, (0j) ** 0, (0j) ** 2)
print(abs(complex(3e307, 4e307)), complex(-0.0, 0.0) * 1, -complex(0.0, 0.0), -(0j))
