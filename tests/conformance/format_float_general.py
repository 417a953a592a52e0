# General format 'g'/'G' versus no type: trailing zeros removed, exponent thresholds, '#' keeps zeros.
for v in [1.0, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1e16, 1e15, 0.1, 2.5, -0.0, 1.23456789e-7]:
    print(f"{v:g}|{v:G}|{v:.3g}|{v:.3}|{v}|{v:#g}|{v:.10g}|{v:12}|")
print(f"{100.0:.3}|{100.0:.3g}|{1e16:}|{12.0:.0g}|{0.5:.0}|")
print(f"{float('inf'):g} {float('nan'):G} {123:g} {123:.2g}")
