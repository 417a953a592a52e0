# A math function raising from compiled code called with unboxed floats: math.floor of an
# infinity (OverflowError), after ordinary calls; the traceback names the compiled frames.
import math


def to_int(x):
    return math.floor(x) + math.ceil(x) + math.trunc(x)


def run(xs):
    s = 0
    for x in xs:
        s += to_int(x)
    return s


print(run([0.5, -1.5, 2.25, 1e15]))
print(run([1.0, float("inf")]))
