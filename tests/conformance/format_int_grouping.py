# Thousands separators ',' and '_' for decimal, and '_' every four digits for b, o, x.
for v in [0, 999, 1000, -1234567, 9223372036854775807]:
    print(f"{v:,}|{v:_}|{v:_x}|{v:_b}|{v:012,}|")
print(f"{1234567:>15,}|{1234567:+,}|{0xffffffff:#_x}|{255:_o}|")
print("{:,}".format(-1000000))
