# A set comprehension is refused.
# refused: set comprehensions are not supported by fastjit
# at: 4:9
evens = {n for n in range(10) if n % 2 == 0}
print(evens)
