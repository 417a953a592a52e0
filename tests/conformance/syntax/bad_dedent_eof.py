# A block header at the end of the file with no body is an IndentationError.
def f():
    return 1
while f():
