# float % and // in compiled functions with signed zeros, infinities and extreme magnitudes.
def fm(a, b):
    return a % b, a // b


for k in range(1, 300):
    fm(k * 0.5, 7.0)
print(fm(-0.0, 5.0), fm(0.0, -5.0), fm(5.0, float("inf")), fm(-5.0, float("inf")), fm(float("inf"), 5.0))
print(fm(-7, 2.0), fm(7.5, -2), fm(1e308, 1e-308), fm(-1e-300, 1e300))
