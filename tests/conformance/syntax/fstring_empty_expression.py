# An empty expression in an f-string is a SyntaxError.
x = 1
print(f"value: {}")
