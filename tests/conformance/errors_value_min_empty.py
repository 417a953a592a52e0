# ValueError: min() arg is an empty sequence.
print(min("b"))
print(min(range(0)))
