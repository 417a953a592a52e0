# TypeError: sep must be None or a string, not int.
print(1, 2, sep="-")
print(1, 2, sep=0)
