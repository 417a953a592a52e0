# Sixteen math functions on 300 random arguments (seeded): results must be CPython's (libm) to the last bit.
import math
import random
random.seed(77)
for i in range(300):
    x = random.uniform(0.001, 100)
    y = random.uniform(-5, 5)
    print(math.sqrt(x), math.log(x), math.exp(y), math.sin(y), math.atan2(y, x), math.hypot(x, y), math.fmod(x, y), math.pow(x, y), x ** y, math.log(x, 3), math.tanh(y), math.log10(x), math.log2(x), math.cosh(y), math.asin(y / 5), math.acos(y / 5))
