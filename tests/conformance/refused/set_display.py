# A set display is refused.
# refused: set displays are not supported by fastjit
# at: 4:8
seen = {1, 2, 3}
print(2 in seen)
