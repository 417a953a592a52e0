# An indented line where no block starts is an IndentationError.
print("a")
    print("b")
