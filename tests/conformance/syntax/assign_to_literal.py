# Assigning to a literal is a SyntaxError.
print("never printed")
1 = x
