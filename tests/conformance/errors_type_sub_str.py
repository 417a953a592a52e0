# TypeError: unsupported operand type(s) for -: 'str' and 'str'.
print("a" * 2)
print("a" - "b")
