# Comparisons of signed zeros, infinities and NaN (NaN is unequal to everything, also in chains). Containers holding
# NaN are left out: CPython's [x] == [x] depends on object identity, which unboxed floats do not have.
nan = float("nan")
inf = float("inf")
print(0.0 == -0.0, -0.0 < 0.0, inf == inf, -inf < inf, inf > 9223372036854775807)
print(nan == nan, nan < nan, nan >= nan, 1 < nan < 2, nan != nan)
print(min(0.0, -0.0), max(-0.0, 0.0), sorted([1.0, -0.0, 0.0, -1.0]))
