# Format specs over a sweep of values: .3g, .2e, .4f, width 10 and percent, compared as text.
vals = [0.0, 1.0, -1.5, 3.14159, 2.0 / 3, 1e-5, 123456.789, 9.99995, 0.05, 1e21, -2.5e-8]
for v in vals:
    print(f"{v:.3g}|{v:.2e}|{v:.4f}|{v:10}|{v:.1%}|{v:+.0f}|{v:g}")
