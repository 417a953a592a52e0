# One function called with ints, floats, complex, strings, lists and tuples: each call behaves by its argument types.
def add(a, b):
    return a + b
def twice(x):
    return x * 2
print(add(1, 2), add(1.5, 2), add(1j, 1), add("a", "b"), add([1], [2]), add(True, True))
print(twice(4), twice(0.5), twice("ab"), twice([0]), twice(1 + 1j), twice(False))
for v in [3, 2.5, "z"]:
    print(add(v, v))
