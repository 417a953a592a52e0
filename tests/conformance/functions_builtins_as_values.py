# Builtin and module functions used as values: stored, passed and called (abs, max, math.sqrt, math.sin).
import math
from math import sqrt
def apply_all(fs, x):
    return [f(x) for f in fs]
print(apply_all([abs, float, str, math.sqrt, sqrt, math.floor], 16))
m = max
print(m(1, 5, 3), m([4, 2]))
trig = [math.sin, math.cos]
print([f(0.0) for f in trig])
