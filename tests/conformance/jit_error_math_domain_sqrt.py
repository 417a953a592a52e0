# math.sqrt of a negative float in a compiled function: ValueError math domain error.
import math


def root(x):
    return math.sqrt(x)


for k in range(1, 300):
    root(k * 1.0)
print(root(-1.0))
