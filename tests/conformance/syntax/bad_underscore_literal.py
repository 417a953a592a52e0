# A trailing underscore in a numeric literal is a SyntaxError.
x = 1_000_
