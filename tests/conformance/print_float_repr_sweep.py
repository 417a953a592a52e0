# Shortest round-trip repr of many computed floats: fractions 1/n, n/7, powers of two and ten, products.
print([1 / n for n in range(1, 30)])
print([n / 7 for n in range(1, 15)])
print([2.0 ** -k for k in range(0, 60, 5)])
print([10.0 ** k for k in range(-8, 23, 3)])
print([0.1 * k for k in range(12)])
print([1.1 ** k for k in range(0, 100, 9)])
print([k * 1e-5 for k in range(1, 12)])
