# A positional argument after a keyword argument is a SyntaxError.
def f(a, b):
    return a
print(f(a=1, 2))
