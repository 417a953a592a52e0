# float(), int() and complex() accept underscores between digits and surrounding spaces; an inner space is a ValueError.
print(float(" 1_0 "), int("0_0"), float("1_0.2_5e1_0"), complex(" 1+2j "))
print(float("1 0"))
