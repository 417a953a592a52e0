# A builtin's result merged into a union register (`a and float(b)`, `x if c else y`): compiled
# code must convert the builtin's own result type into the union, not reinterpret it.
def f1(a0, a1):
    return +(-a0 and float(-a1))


def f2(a, b):
    return a and float(b)


def f3(a, b):
    return a or float(b)


def f4(a0, a1, a2):
    return a0 < (abs(-a1) or a2)


print(f1(9223372036854775807, 4611686018427387904))
print(f4(9223372036854775807, 9.223372036854776e+18, 9223372036854775807))
def f5(a, c, b):
    return float(a) if c else b


print(f2(5, 3), f2(0, 3), f3(0, 3), f3(1, 3))
print(f5(3, True, 7), f5(3, False, 7))
