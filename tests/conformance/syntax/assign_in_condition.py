# = instead of == in an if condition is a SyntaxError.
x = 0
if x = 1:
    pass
