# A keyword argument repeated in one call is a SyntaxError.
def f(a=0):
    return a
print(f(a=1, a=2))
