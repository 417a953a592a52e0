# x ** 2 on floats is compiled as x * x (pow(x, 2.0) and the product are both correctly
# rounded); an overflow to infinity from a finite x still raises OverflowError, infinities and
# NaN square as CPython's pow does.
def squares(xs):
    out = []
    for x in xs:
        out.append(x ** 2)
        out.append(x ** 2.0)
    return out


def norm2(xs):
    s = 0.0
    for x in xs:
        s += x ** 2
    return s


print(squares([0.1, -0.0, 0.0, 3.5, -2.25, 1e154, 1.3407807929942596e154, float("inf"), float("-inf"), float("nan"), 5e-324]))
print(norm2([k * 0.37 for k in range(1000)]))
print(norm2([1e200]))
