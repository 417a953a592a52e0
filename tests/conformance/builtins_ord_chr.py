# ord and chr over the full range: 0, 127, 128, 255, surrogate-free BMP and astral code points.
for n in [0, 9, 10, 32, 65, 126, 127, 128, 160, 255, 256, 0x3c0, 0x20ac, 0xfffd, 0x10000, 0x10ffff]:
    c = chr(n)
    print(n, repr(c), ord(c))
