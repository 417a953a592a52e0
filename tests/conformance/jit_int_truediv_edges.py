# int / int in compiled code: one IEEE division when both operands are exact doubles, the
# correctly rounded algorithm beyond 2**53 (where (double)a / (double)b can be off by one ulp),
# and ZeroDivisionError "division by zero".
def quotients(pairs):
    out = []
    for a, b in pairs:
        out.append(a / b)
    return out


def ratio_sum(n, d):
    s = 0.0
    for k in range(-n, n):
        s += k / d
    return s


print(quotients([(1, 3), (-7, 2), (2 ** 53, 3), (2 ** 53 + 1, 3), (-(2 ** 53) - 1, 7), (2 ** 62 + 1, 2 ** 61 - 1),
                 (9223372036854775807, 3), (-9223372036854775807 - 1, -1), (10 ** 18 + 1, 10 ** 9 + 7), (0, -5)]))
print(ratio_sum(1000, 7), ratio_sum(10, 2 ** 60 + 3))
print(quotients([(5, 2), (1, 0)]))
