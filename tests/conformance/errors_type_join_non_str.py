# TypeError: sequence item 1: expected str instance, int found.
print("-".join(["a", "b"]))
print("-".join(["a", 1]))
