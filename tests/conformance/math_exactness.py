# math results that must be bit-exact with C's libm as CPython uses it: sqrt, floor of huge values, fsum-free sums.
import math
print(math.sqrt(2) ** 2, math.sqrt(0.5), math.sqrt(1e-320), math.sqrt(1.7976931348623157e308))
print(math.floor(-1e-300), math.ceil(1e-300), math.trunc(-1e-300), math.floor(4503599627370495.5))
print(math.exp(math.log(10)), math.log(math.exp(2)), math.pow(10, -3), 10 ** -3)
print(math.hypot(1e-320, 1e-320), math.hypot(3e-320, 4e-320), math.hypot(-0.0, 0.0))
print(math.log(2 ** 62), math.log2(2 ** 62), math.log10(2 ** 62), math.log(1e-320))
