# min and max of ints and floats in compiled functions: the first of equal items is kept (0 vs
# 0.0, -0.0 vs 0.0), and NaN is kept or dropped by position, as CPython compares.
def mx(a, b):
    return max(a, b)


def mn(a, b):
    return min(a, b)


nan = float("nan")
for k in range(300):
    mx(k, 0.5)
    mx(k * 0.5, 0.5)
    mn(k * 0.5, 0.5)
    mn(k, 1)
print(mx(0, 0.0), mx(0.0, 0), mn(0, 0.0), mn(0.0, 0), mx(1, 1.0), mn(1.0, 1))
print(mx(nan, 1.0), mx(1.0, nan), mn(nan, 1.0), mn(1.0, nan))
print(mx(-0.0, 0.0), mx(0.0, -0.0), mn(-0.0, 0.0), mn(0.0, -0.0))
print(mx(2, 3), mx(3, 2), mn(2.5, 2), mx(True, 2) if False else 0)
