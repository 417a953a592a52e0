# math.log(0.0) in a compiled function: ValueError math domain error.
import math


def lg(x):
    return math.log(x)


for k in range(1, 300):
    lg(k * 1.0)
print(lg(0.0))
