# Assigning to None is a SyntaxError.
None = 1
