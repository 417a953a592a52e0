# math.floor, ceil and trunc return ints; math.fabs returns a float.
import math
for v in [2.5, -2.5, 2.0, -0.5, 0.5, 7, -7, 1e15 + 0.5, True]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), math.fabs(v))
print(isinstance(math.floor(2.5), int), math.floor(-0.0), math.ceil(-0.5))
