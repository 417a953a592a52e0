# Keyword-only parameters (a bare '*') are refused.
# refused: keyword-only parameters are not supported by fastjit
# at: 4:10
def f(a, *, b=2):
    return a + b
print(f(1, b=3))
