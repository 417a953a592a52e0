# Argument unpacking in a call (print(*a)) is refused.
# refused: argument unpacking ('*args' in a call) is not supported by fastjit
# at: 5:7
a = [1, 2, 3]
print(*a)
