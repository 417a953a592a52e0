# An f-string conversion other than !s, !r, !a is a SyntaxError.
x = 1
print(f"{x!z}")
