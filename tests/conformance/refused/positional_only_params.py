# Positional-only parameters ('/') are refused.
# refused: positional-only parameters ('/') are not supported by fastjit
# at: 4:10
def f(a, /, b):
    return a - b
print(f(3, 1))
