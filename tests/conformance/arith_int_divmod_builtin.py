# divmod on ints of all signs, returned as a tuple and unpacked.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
print(divmod(0, 3), divmod(9223372036854775807, 2))
print(divmod(True, 2))
