# An opening parenthesis never closed: SyntaxError reported at the line of the '('.
print("never printed")
total = (1 +
         2
print(total)
