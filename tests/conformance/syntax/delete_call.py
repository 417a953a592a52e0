# del of a function call is a SyntaxError.
def f():
    return 1
del f()
