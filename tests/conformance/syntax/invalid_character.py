# A character that is no token ('$') is a SyntaxError.
x = 1 $ 2
