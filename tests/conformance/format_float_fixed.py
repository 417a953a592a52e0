# Fixed-point format 'f'/'F': rounding of the exact binary value (2.675 -> 2.67), half-even at .5, large values.
for v in [2.675, 0.125, 0.375, 1.5, 2.5, -0.5, 0.0, -0.0, 1e22, 123.456, 1e-7]:
    print(f"{v:.2f}|{v:.0f}|{v:f}|{v:.1f}|{v:F}|")
print(f"{float('inf'):f} {float('-inf'):F} {float('nan'):F} {float('nan'):.3f}")
print(f"{1e300:.1f}")
print(f"{5:f} {-3:.2f} {True:.1f}")
