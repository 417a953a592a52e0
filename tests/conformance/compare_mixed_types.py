# Comparisons across types: ints with bools and floats, strings lexicographically, == between unrelated types is False.
print(True == 1, False < 1, True > 0.5, 1 == "1", "1" != 1, None == 0, None == None)
print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "Z" == "Z", "é" > "z")
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print((1, 2) == (1, 2), (1, "a") < (1, "b"), (2,) > (1, 99), () == ())
print([1, 2] == (1, 2), [1.0] == [1], (1, 2.0) == (1, 2))
print(1j == 1j, 1 + 0j == 1, 2.0 == 2 + 0j)
