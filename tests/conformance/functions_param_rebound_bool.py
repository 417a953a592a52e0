# A bool parameter rebound to an int (b = b + 1) and an int parameter rebound through -n and * 1.0:
# the new values must keep their own types (2, not True; -3.0, not 0.0).
def inc(b):
    b = b + 1
    return b
def neg_float(n):
    n = -n
    n = n * 1.0
    return n
def flip(b):
    b = not b
    b = b * 3
    return b
print(inc(True), inc(False), inc(1.5), inc(7))
print(neg_float(3), neg_float(True), neg_float(-2.5))
print(flip(True), flip(False), flip(0))
