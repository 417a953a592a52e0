# abs(complex) is the hypot of the parts: exact for 3+4j, no overflow for huge parts, inf beats nan.
print(abs(3 + 4j), abs(-5j), abs(0j), abs(1 + 1j), abs(1e200 + 1e200j))
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(abs(-0.62772 - 0.42193j), abs(1e-200 + 1e-200j))
z = 1.2 + 1.6j
print(abs(z) < 2, abs(z) == 2, abs(z))
print(abs(complex(1.9999999999999998, 0)) < 2, abs(complex(1.4142135623730951, 1.4142135623730951)) < 2)
