# float() from ints, strings (exponents, whitespace, inf and nan spellings, underscores) and bools.
print(float(7), float(-2), float(True), float(), float(9007199254740993), float(9223372036854775807))
print(float("1.5"), float(" -2.5e3 "), float("1e-5"), float(".5"), float("5."), float("1_000.5"), float("-0"))
print(float("inf"), float("-Infinity"), float("nan"), float("+nan"), float("1e400"), float("-1e400"))
print(float(" 3 "), float("0.1") + float("0.2"))
