# expect: OverflowError
# int() of a float beyond int64 in a compiled function: CPython grows the int, fastjit raises
# OverflowError; floats just inside the range convert exactly.
def conv(x):
    return int(x)


for k in range(300):
    conv(k * 1.5)
print(conv(9.2e18), conv(-9.223372036854775808e18))
r = conv(9.3e18)
