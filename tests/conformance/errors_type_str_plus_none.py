# TypeError: unsupported operand type(s) for +: 'NoneType' and 'int', from a function that forgot to return.
def compute(x):
    y = x * 2
print(compute(3))
print(compute(3) + 1)
