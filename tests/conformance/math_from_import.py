# from math import several names; they work as plain functions and as values.
from math import sqrt, floor, sin, cos, hypot
print(sqrt(49), floor(-1.5), sin(0), cos(0), hypot(6, 8))
fns = [sqrt, floor]
print([f(10.5) for f in fns])
