# An opening bracket never closed, followed by more lines: SyntaxError at the bracket.
x = [1, 2
y = 3
