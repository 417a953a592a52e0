# int() and float() accept Unicode decimal digits and Unicode whitespace, as CPython does; signs, exponents, nan.
print(int("٣"), int("１２"), float("１.５"), int(" \u2003 7 \u3000"), float("\u00a01e2"))
print(int("-1"), int("+0"), float("-.5e-2"), float("1E5"), float("  nan  "))
