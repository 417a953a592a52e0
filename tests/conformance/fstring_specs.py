# f-string format specs: width, alignment, precision, exponent, and nested replacement fields in the spec.
x = 3.14159265
n = 42
print(f"{x:.5e}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|")
print(f"{n: <8}|{n:>8}|{n:08}|{n:+}|{n:x}|{n:#b}|")
for w in [4, 6]:
    for p in [1, 3]:
        print(f"[{x:{w}.{p}f}]")
width = 12
print(f"{'centre':*^{width}}")
print(f"{n!r:>5}")
