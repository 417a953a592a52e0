# Complex +, -, *, / and powers, mixing with ints and floats; results printed with repr.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a + 1, 2 * a, a / 2, 1 / a, a - 0.5, 1.5 * b)
print(1j * 1j, 1j ** 2, a ** 2, a ** 0, (2 + 0j) ** 0.5, 1j ** 0.5)
print(a * a.conjugate(), (1 + 1j) ** 8, (0.5 + 0.5j) ** 3)
z = 0j
c = -0.62772 - 0.42193j
for i in range(5):
    z = z * z + c
    print(z)
