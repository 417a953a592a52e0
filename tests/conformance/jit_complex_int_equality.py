# complex == int compares exactly, as float == int does: complex(2**53 + 1, 0) has the real part
# 2.0**53, which is not equal to the int 2**53 + 1.
def eq(a, b):
    return a == b, a != b


for k in range(300):
    eq(complex(k, 0), k)
big = 9007199254740993
print(eq(complex(big, 0), big), eq(complex(2.0 ** 53, 0), big), eq(complex(2.0 ** 63, 0), 9223372036854775807))
