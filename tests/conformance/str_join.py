# str.join with lists and tuples of strings, an empty separator, an empty list, and a string as iterable.
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(" ".join(("tuple", "of", "strs")), "+".join("abc"))
words = [str(i * i) for i in range(6)]
print("|".join(words))
print("\n".join(["line1", "line2"]))
