# ValueError: math domain error from math.log(0).
import math
print(math.log(1))
print(math.log(0))
