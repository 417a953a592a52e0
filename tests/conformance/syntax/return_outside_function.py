# 'return' at module level is a SyntaxError.
print("never printed")
return 5
