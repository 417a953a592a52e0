# Bitwise, arithmetic and not operators on bools and ints in compiled functions: bool & bool stays
# a bool, the rest are ints.
def ops(a, b):
    return a & b, a | b, a ^ b, a + b, -a, ~a, not a


for k in range(300):
    ops(k, 3)
    ops(True, False)
print(ops(True, False), ops(True, True), ops(False, 1), ops(2, True))
