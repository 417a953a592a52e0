# f-string conversions !r and !s, with and without format specs, on strings, floats and containers.
s = "it's"
v = 0.1
print(f"{s!r} {s!s} {s}")
print(f"{v!r} {v!s} {[s]!s} {[s]!r}")
print(f"{s!r:>12}|{s!s:<8}|")
print(f"{'a'!r:^7}|")
