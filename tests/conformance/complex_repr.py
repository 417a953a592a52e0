# repr of complex numbers: parentheses only with a nonzero real part, signed zeros, whole parts without '.0'.
print(1j, -1j, 0j, -0j, 2 + 3j, 2 - 3j, -2 - 3j, 1.5 + 0.25j)
print(complex(1, 2), complex(0, 1), complex(-0.0, -1.0), complex(0.0, -0.0), complex(-0.0, 0.0))
print(complex(1.0), complex(0), complex(), complex(2.5, -0.0))
print(complex(1e16, 1e-5), complex(0.1, 0.2), complex(123456789.0, 1e22))
inf = float("inf")
nan = float("nan")
print(complex(nan, inf), complex(inf, -inf), complex(0, nan), complex(-inf, 0))
print([1j, 2 + 0j], (1 - 1j,), str(3 + 4j), repr(-1j))
