# Percent format, float width/fill/alignment/sign/zero padding, and thousands grouping with floats.
for v in [0.125, 1.0, -0.5, 0.0005]:
    print(f"{v:%}|{v:.1%}|{v:.0%}|{v:>10.2%}|")
for v in [3.14159, -3.14159]:
    print(f"[{v:10.3f}][{v:<10.3f}][{v:^10.3f}][{v:=10.3f}][{v:010.3f}][{v:+.2f}][{v: .2f}][{v:*>9.1f}]")
print(f"{1234567.891:,.2f}|{1234567.891:_.3f}|{-1234.5:,}|{1e6:,}|{1234567.0:,g}|")
