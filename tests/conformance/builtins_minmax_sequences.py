# min and max of strings (by code point) and of lists and tuples (lexicographic, shorter first).
print(max("a", "B"), min(["b", "A", "a"]), max([[], [0]]), min((), (0,)))
