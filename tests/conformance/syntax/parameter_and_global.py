# A parameter declared global is a SyntaxError.
def f(x):
    global x
    return x
