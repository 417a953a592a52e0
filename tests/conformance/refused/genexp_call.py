# A generator expression as the sole argument of a call is refused (use a list comprehension).
# refused: generator expressions are not supported by fastjit
# at: 5:11
xs = [1, 2, 3]
print(sum(v * v for v in xs))
