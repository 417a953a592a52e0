# Bitwise &, |, ^ and ~ on two's complement semantics, including negative operands.
for a in [12, -12, 0, -1, 255]:
    for b in [10, -10, 1]:
        print(a, b, a & b, a | b, a ^ b)
print(~12, ~-13, 0x7fffffffffffffff & -1, -9223372036854775807 - 1 | 0)
