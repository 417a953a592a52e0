# expect: OverflowError
# 2 ** 63 does not fit int64: fastjit raises OverflowError inside a function, after printing 2 ** 62.
def p(n):
    return 2 ** n
print(p(62))
z = p(63)
