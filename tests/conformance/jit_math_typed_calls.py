# Every math function compiled as a direct call on unboxed floats and ints (no boxing): the
# results must be CPython's bit for bit, int arguments converted as CPython converts them
# (math.log of an int has its own algorithm), floor/ceil/trunc of an int returning it unchanged.
import math


def unary_floats(xs):
    for x in xs:
        print(math.sqrt(x), math.exp(-x), math.log(x), math.log2(x), math.log10(x))
        print(math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x / 8), math.cosh(x / 8), math.tanh(x))
        print(math.fabs(-x), math.floor(x), math.ceil(x), math.trunc(-x), math.isnan(x), math.isinf(x), math.isfinite(x))


def unary_ints(ns):
    for n in ns:
        print(math.sqrt(n), math.log(n), math.log2(n), math.log10(n), math.exp(n % 50), math.sin(n), math.atan(n))
        print(math.floor(n), math.ceil(-n), math.trunc(n), math.fabs(-n), math.isfinite(n))


def binary_floats(xs):
    for x in xs:
        y = x / 3 - 1.25
        print(math.atan2(y, x), math.pow(x, 1.5), math.fmod(x, 0.7), math.fmod(-x, 0.7), math.log(x, 3.0))
        print(math.hypot(x, y), math.copysign(x, y), math.copysign(2.5, -0.0), math.pow(-x, 3.0), math.pow(x, -2))


def inverse_trig(xs):
    for x in xs:
        print(math.asin(x), math.acos(x), math.asin(-x), math.acos(-x))


def special(xs):
    for x in xs:
        print(math.isnan(x), math.isinf(x), math.isfinite(x), math.fabs(x), math.atan(x), math.tanh(x), math.copysign(1.0, x), math.hypot(x, 1.0))


unary_floats([0.5, 1.0, 2.0, 3.141592653589793, 10.0, 123.456, 1e-300, 7e15, 2.5])
unary_ints([1, 2, 3, 10, 1000, 2 ** 53 + 1, 9223372036854775807, 7])
binary_floats([0.1, 1.0, 2.5, 100.0, 1e10])
inverse_trig([0.0, 0.25, 0.5, 0.999, 1.0])
special([float("inf"), float("-inf"), float("nan"), -0.0, 0.0])
total = 0.0
for k in range(1, 2000):
    total += math.sin(k * 0.001) * math.exp(-k / 500) + math.log(k) - math.sqrt(k)
print(total, math.floor(total), math.ceil(total))
