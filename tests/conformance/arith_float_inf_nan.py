# Infinities and NaN: arithmetic, comparisons, floor division and modulo with infinite operands.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -2, inf - inf, inf * 0)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(1 / inf, -1 / inf, 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(inf // 1.0, inf % 2.0, -inf // 3.0, 2.0 // -inf)
print(float("-inf"), float("infinity"), float("NaN"), float(" -Inf "))
print(1e308 * 10, -1e308 * 10)
