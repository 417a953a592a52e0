# Integer literals: decimal, hexadecimal, octal, binary, upper-case prefixes, underscores, zero.
print(0, 00, 0_0)
print(255, 0xff, 0XFF, 0o377, 0O377, 0b11111111, 0B11111111)
print(1_000_000, 0x_ff, 0b_1010, 0o_17)
print(0x7fffffffffffffff)
print(9223372036854775807)
print(0xdead_beef)
