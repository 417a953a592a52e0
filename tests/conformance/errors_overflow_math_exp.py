# OverflowError: math range error from math.exp(1000).
import math
print(math.exp(700))
print(math.exp(1000))
