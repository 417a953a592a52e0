# Float literals: leading/trailing dot, exponents with sign, underscores, and their shortest repr.
print(1.5, .5, 5., 1e8, 1E8, 1e-8, 1.5e+3, 2.5E-3)
print(1_000.5, 1_0e1_0, 0.000_1)
print(0.0, -0.0, 00.5, 1e0, 1e22, 1e23)
print(3.141592653589793, 2.718281828459045)
print(1e16, 1e15, 123456789012345678.0)
print(0.1 + 0.2, 1 / 3)
