# len of every sized Tier 1 type, and abs of ints, floats (signed zero, inf, nan), bools and complex.
print(len("abc"), len([1, 2]), len((1,)), len(range(3, 10, 2)), len(""), len([[1, 2, 3]]))
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(float("-inf")), abs(float("nan")), abs(True), abs(-3 + 4j))
print(abs(-9223372036854775807), isinstance(abs(-2), int), isinstance(abs(-2.0), float))
