# The constants math.pi, e, tau, inf and nan, and importing them with from-import.
import math
from math import pi, e, tau, inf, nan
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(pi, e, tau, inf, nan, pi == math.pi, tau == 2 * pi)
print(f"{pi:.10f} {e:.3e}")
