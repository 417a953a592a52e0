# A decorated function is refused at the '@'.
# refused: decorators are not supported by fastjit
# at: 6:1
def trace(f):
    return f
@trace
def g():
    return 1
print(g())
