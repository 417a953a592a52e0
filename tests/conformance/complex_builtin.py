# The complex() constructor: from numbers, from two numbers, from strings, and of bools.
print(complex(2), complex(2.5), complex(1, 1), complex(1.5, -2), complex(True, False))
print(complex("1+2j"), complex("-3.5j"), complex(" 2 "), complex("1e3-1e-3j"), complex("j"))
print(complex(1j, 1), complex(1j, 1j))
