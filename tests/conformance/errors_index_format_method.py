# IndexError from str.format with more fields than arguments: Replacement index 2 out of range for positional args tuple.
print("{} {}".format(1, 2))
print("{} {} {}".format(1, 2))
