# A compound statement without an indented body is an IndentationError.
for i in range(3):
print(i)
