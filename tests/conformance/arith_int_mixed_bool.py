# bool is an int subtype: True + True, True * 5, False ** 0, and bools in arithmetic with ints and floats.
print(True + True, True * 5, False - 1, -True, ~True, True / 2)
print(True // 1, 7 % True, True ** 10, False ** 0)
print(True + 0.5, True == 1, False == 0, True & 3, True | False, True ^ True)
print(sum([True, True, False]), 10 * (3 > 2))
