# hex and bin of positive, zero, negative and extreme ints; also of bools.
for v in [0, 1, 10, 255, -1, -255, 9223372036854775807, -9223372036854775807 - 1, True]:
    print(v, hex(v), bin(v))
