# Starred assignment targets (first, *rest = ...) are refused.
# refused: star unpacking ('*x') is not supported by fastjit
# at: 4:8
first, *rest = [1, 2, 3]
print(first, rest)
