# math.hypot, pow, copysign, fmod, isnan, isinf, isfinite, with signed zeros and infinities.
import math
inf = math.inf
nan = math.nan
print(math.hypot(3, 4), math.hypot(-5, 12), math.hypot(1e300, 1e300), math.hypot(inf, nan), math.hypot(0, 0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5), math.pow(1, nan), math.pow(nan, 0))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(nan, -1) != 0)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), -7 % 3, math.fmod(0.0, 5), math.fmod(5, inf))
print(math.isnan(nan), math.isnan(1.0), math.isinf(-inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(nan), math.isnan(5))
