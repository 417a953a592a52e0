# complex == and != in compiled functions with NaN and signed-zero parts, and against floats.
def eq(a, b):
    return a == b, a != b


nan = float("nan")
for k in range(300):
    eq(complex(k, 1), complex(k, 1))
print(eq(complex(nan, 0), complex(nan, 0)), eq(complex(0, nan), 0j), eq(complex(-0.0, -0.0), 0j))
print(eq(complex(1, 0), 1.0), eq(complex(1, 1e-300), 1.0), eq(complex(nan, 0), nan), eq(complex(0, 0), -0.0))
