# expect: OverflowError
# Unary minus of -2**63 in a compiled function.
def neg(x):
    return -x


for k in range(100):
    r = neg(k)
print(r, neg(-9223372036854775807), neg(9223372036854775807))
m = -9223372036854775807 - 1
print(m)
r = neg(m)
