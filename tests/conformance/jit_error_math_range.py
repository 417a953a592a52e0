# math.exp overflowing in a compiled function: OverflowError math range error, after ordinary
# calls of sqrt, log and exp.
import math


def root(x):
    return math.sqrt(x)


def lg(x):
    return math.log(x)


def ex(x):
    return math.exp(x)


for k in range(1, 300):
    root(k * 1.0)
    lg(k * 1.0)
    ex(k * 0.01)
print(root(2.0), lg(10.0), ex(1.0), root(4), lg(1))
print(ex(1000.0))
