# .real, .imag and .conjugate() on complex, and also on ints and floats where Python allows them.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), (1j).real, (1j).imag, (-0j).conjugate())
print(z.real + z.imag, isinstance(z.real, float))
x = 2.5
print(x.real, x.imag, x.conjugate())
n = 7
print(n.real, n.imag, n.conjugate())
print(complex(z.imag, z.real))
