# expect: OverflowError
# A product that overflows int64 inside a compiled loop: CPython grows the int, fastjit raises
# OverflowError at the same statement, after the same output.
def product(n):
    p = 1
    for i in range(1, n + 1):
        p *= i
    return p


for k in range(100):
    r = product(20)
print(r)
r = product(21)
