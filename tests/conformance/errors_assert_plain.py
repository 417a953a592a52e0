# AssertionError from a bare assert (no message): the last stderr line is just the class name.
x = 3
assert x == 3
print("first assert passed")
assert x == 4
