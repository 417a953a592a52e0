# ValueError: isqrt() argument must be nonnegative.
import math
print(math.isqrt(17))
print(math.isqrt(-1))
