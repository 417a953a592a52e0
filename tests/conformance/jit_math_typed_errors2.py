# ValueError "math domain error" from compiled direct calls: asin out of its domain after
# acos and atan2 in range.
import math


def angles(xs):
    s = 0.0
    for x in xs:
        s += math.acos(x / 2) + math.atan2(x, 2.0) + math.asin(x)
    return s


print(angles([0.0, 0.5, 1.0, -1.0]))
print(angles([0.5, 1.5]))
