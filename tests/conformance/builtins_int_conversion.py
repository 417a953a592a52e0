# int() from floats (truncation toward zero), bools, strings with whitespace, signs and underscores.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(1e18), int(2.0 ** 62), int(True), int())
print(int("42"), int("  -17 "), int("+5"), int("1_000"), int("007"), int("-0"), int("\t9\n"))
print(int(9.999999999999999e17), int(-9.223372036854776e18))
