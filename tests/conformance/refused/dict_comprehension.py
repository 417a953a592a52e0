# A dict comprehension is refused.
# refused: dict comprehensions are not supported by fastjit
# at: 4:11
squares = {n: n * n for n in range(4)}
print(squares)
