# Every ordering and equality operator between ints, bools and floats in compiled functions near
# 2**53 and 2**63, with infinities and NaN.
def cmp(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


for k in range(300):
    cmp(k, k * 0.5)
    cmp(True, k * 0.5)
big = 9223372036854775807
print(cmp(big, 2.0 ** 63), cmp(big - 512, 2.0 ** 63 - 1024), cmp(-big - 1, -2.0 ** 63), cmp(2 ** 53 + 1, 2.0 ** 53))
print(cmp(1, float("inf")), cmp(-big, float("-inf")), cmp(0, -0.0), cmp(True, 1.0), cmp(False, float("nan")))
print(cmp(2.0 ** 63, big), cmp(float("nan"), 0), cmp(1e300, big), cmp(-1e300, -big - 1), cmp(4611686018427387905, 4611686018427387904.0))
