# Imaginary literals and their repr: 2j, 1.5j, 0j, 1e3j, with real parts built by addition.
print(2j, 1.5j, 0j, 1e3j, 1_0j, .5j)
print(1 + 2j, 1 - 2j, -2j, 3 + 0j)
print(isinstance(2j, complex), 2j * 2j)
