# A parenthesized generator expression is refused.
# refused: generator expressions are not supported by fastjit
# at: 4:8
gen = (x + 1 for x in range(3))
print(list(gen))
