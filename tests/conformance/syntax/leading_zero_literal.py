# A decimal literal with leading zeros (012) is a SyntaxError.
x = 012
