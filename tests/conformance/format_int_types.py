# Integer presentation types b, c, d, o, x, X, n with '#', sign and zero padding, on negatives too.
for v in [0, 5, -5, 255, -255, 65535]:
    print(f"{v:b}|{v:o}|{v:x}|{v:X}|{v:d}|{v:n}|{v:#b}|{v:#o}|{v:#x}|{v:#X}|")
print(f"{65:c}{97:c}{8364:c}")
print(f"{9223372036854775807:x} {-9223372036854775807 - 1:x} {-9223372036854775807 - 1:b}")
