# round with very large and very negative ndigits, on ints and floats, and on values near the int64 limits.
print(round(1.5, 400), round(-2.5, 30), round(123, -30), round(-123, -30), round(1e300, -299), round(0.5, -1))
print(round(9223372036854775807, 0), round(-9223372036854775807, -18))
print(round(1234.5678, 3), round(1234.5678, -3), round(-0.5, 0), round(5e-324, 323), round(5e-324, 324))
