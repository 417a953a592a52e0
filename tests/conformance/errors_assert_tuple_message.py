# AssertionError whose message is a tuple: the last stderr line shows the tuple's str.
print("a")
assert 1 > 2, ("tuple", 1)
