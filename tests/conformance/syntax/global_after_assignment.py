# A name assigned before its global declaration is a SyntaxError.
x = 0
def f():
    x = 1
    global x
    return x
