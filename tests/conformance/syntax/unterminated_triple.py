# An unterminated triple-quoted string is a SyntaxError reported at the line where it starts.
print("ok")
s = """abc
def
