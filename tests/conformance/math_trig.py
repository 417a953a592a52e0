# Trigonometric and hyperbolic functions of math, including values at 0, pi and the signs of atan2.
import math
print(math.sin(0), math.sin(math.pi), math.sin(math.pi / 2), math.cos(0), math.cos(math.pi), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.acos(1), math.atan(1), math.atan(float("inf")))
print(math.atan2(1, 1), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(-1, 0), math.atan2(0, 0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(100), math.sinh(0), math.cosh(0))
print(math.sin(1e22), math.cos(1e10), math.sin(-0.0))
