# A conditional expression without else is a SyntaxError.
x = 1 if 2
