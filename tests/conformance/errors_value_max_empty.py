# ValueError: max() arg is an empty sequence.
print(max([1]))
print(max([]))
