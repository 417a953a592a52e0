# repr(float) switches to exponent notation below 1e-4 and from 1e16 on.
for x in [1e-3, 1e-4, 1.5e-4, 9.99e-5, 1e-5, 0.0001, 0.00001234]:
    print(x)
for x in [1e15, 9999999999999998.0, 1e16, 1.5e16, 12345678901234567.0, 1e17, 1e21, 1e22]:
    print(x)
print(float(10 ** 15), float(10 ** 16), 2.0 ** 60, 2.0 ** -20)
print(100.0, 1000000.0, 0.5, 0.25, 0.125)
