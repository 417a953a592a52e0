# TypeError: unsupported operand type(s) for +: 'int' and 'str'.
print(1 + 1)
print(1 + "1")
