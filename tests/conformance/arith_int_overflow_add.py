# expect: OverflowError
# fastjit's one licensed difference: int is int64, so max + 1 raises OverflowError where CPython grows.
# The overflowing statement is the last one executed; CPython prints only what comes before it.
x = 9223372036854775807
print("before", x)
y = x + 1
