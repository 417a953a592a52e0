# A parameter without default after one with a default is a SyntaxError.
def f(a=1, b):
    return a + b
