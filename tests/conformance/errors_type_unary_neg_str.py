# TypeError: bad operand type for unary -: 'str'.
x = "5"
print(-int(x))
print(-x)
