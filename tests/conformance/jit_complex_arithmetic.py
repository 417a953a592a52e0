# Complex arithmetic in compiled functions: + - * / with ints, floats and complex operands, .real,
# .imag, conjugate(), abs(), powers by repeated multiplication, signed zeros and division by zero.
def poly(z, c):
    return z * z * z - 2 * z + c


def iterate(z, c, n):
    for i in range(n):
        z = z * z + c
    return z


def parts(z):
    return z.real, z.imag, z.conjugate(), abs(z)


def divide(a, b):
    return a / b


for k in range(200):
    r = poly(complex(k, 1), 0.5j)
print(r)
print(poly(1j, 1), poly(1.5, 2j), poly(0j, 0), poly(-0.0j, -0.0))
print(iterate(0j, -0.5 + 0.25j, 50), iterate(0.1 + 0.1j, 0.3, 10))
print(parts(3 + 4j), parts(-0.0j), parts(complex(-1.5, -0.0)))
print(divide(1 + 2j, 3 - 4j), divide(1j, 2), divide(5, 1j), divide(1e300j, 1e-300 + 1e-300j))
print(divide(1.0, 0.5j), divide(-1 - 1j, 1 + 0j))
print(divide(1 + 1j, 0j))
