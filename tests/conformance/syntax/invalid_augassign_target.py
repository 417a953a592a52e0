# An augmented assignment to a tuple is a SyntaxError.
a = 1
b = 2
a, b += 1
