# min, max and sorting with NaN (results depend on CPython's comparison order), equal int/float/bool keys and reverse.
nan = float("nan")
print(max("abc", "abd", "ab"), min(3, 2, 1, 2), max([1, 2], [1, 2, 0]), min([[]], [[0]]))
print(sorted([3, nan, 1]), sorted([nan, 3, 1, 2]), max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]))
print(sorted([2, 1.0, True, 1, 0.5, False, 0]), sorted([1, True, 1.0], reverse=True))
s = [5, 3, 5.0, 3.0, 1]
s.sort(reverse=True)
print(s)
