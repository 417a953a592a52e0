# Assigning to True is a SyntaxError.
True = 1
