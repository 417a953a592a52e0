# Exponent format 'e'/'E': precision, rounding, two-digit minimum exponent, three-digit exponents, ints.
for v in [0.0, 1.0, 12345.678, -0.000123, 1e100, 5e-324, 1.7976931348623157e308, 9.9999]:
    print(f"{v:e}|{v:.2e}|{v:E}|{v:.0e}|{v:#.0e}|")
print(f"{12345:e} {-7:.3E} {float('inf'):e} {float('nan'):E}")
