# An unmatched closing parenthesis is a SyntaxError.
x = 1)
print(x)
