# expect: OverflowError
# The minimum int64 floor-divided by -1 is 2**63, which does not fit: OverflowError in fastjit.
m = -9223372036854775807 - 1
print(m // 1)
q = m // -1
