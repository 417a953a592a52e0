# complex() with int, float, bool arguments and keyword-free two-argument forms; parts are floats.
z = complex(3, 4)
print(z, z.real, z.imag, complex(2), complex(0.5, -1), complex(-1, 0), complex(False, True))
print(isinstance(complex(1).real, float))
