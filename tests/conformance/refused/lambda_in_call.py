# A lambda passed as an argument is refused.
# refused: 'lambda' expressions are not supported by fastjit
# at: 6:13
def apply(f, x):
    return f(x)
print(apply(lambda v: v + 1, 2))
