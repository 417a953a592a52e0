# Format specs at the edges: rounding to zero digits, NaN and infinity with signs, fill and grouping, huge and tiny values.
nan = float("nan")
inf = float("inf")
print(f"{1e-7:.0e}|{123.456:.0f}|{0.5:.0%}|{1.5e300:,.2f}"[:60])
print(f"{-0.0:+.1f}|{1e16:.16g}|{9223372036854775807:,.2f}|{0.0:.2}|{1e-10:g}|{9.5:.0f}|{0.05:.1f}")
print(f"{nan:+}|{inf:010}|{-inf:=10}|{nan:^7}|{-nan:f}|{inf:,}")
print(f"{1.0:.0e}|{1.25:.1f}|{1.35:.1f}|{0.125:.2f}|{1e100:.3e}|{5e-324:.3g}|{1.7976931348623157e308:.5}")
print(f"{123456789:e}|{0:e}|{-1:g}|{10**15:g}|{10**16:g}|{255:.3f}|{7:%}")
