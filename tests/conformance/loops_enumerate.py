# enumerate over lists and strings, with a start value (positional and keyword), unpacked or as tuples.
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, ch in enumerate("xy", 1):
    print(i, ch)
for i, v in enumerate([10, 20], start=-1):
    print(i, v)
for pair in enumerate((5, 6)):
    print(pair)
print(list(enumerate([])), list(enumerate(range(3), 10)))
