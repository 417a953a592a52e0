# Float // and % floor toward negative infinity, with CPython's signs of zero.
for a in [7.5, -7.5, 6.0, -6.0, 0.0, -0.0]:
    for b in [2.0, -2.0, 0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
print(5 % 3.0, -5 % 3.0, 5.0 // -3, 1e300 % 7.0)
print(0.1 % 0.01, 3.5 // 0.1)
