# AssertionError whose message is not a string (an int, shown by str()).
print("ok")
assert [], 42
