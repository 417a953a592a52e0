# An unterminated single-quoted string is a SyntaxError.
print("ok")
s = "abc
print(s)
