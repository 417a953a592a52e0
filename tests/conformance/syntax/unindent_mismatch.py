# Dedenting to a level that matches no outer block is an IndentationError.
def f():
        x = 1
    return x
print(f())
