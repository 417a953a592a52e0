# bool() of every Tier 1 type: zero, empty and None are false; everything else is true.
for x in [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), 0j, 1j, "", " ", "0", [], [0], (), (0,), None, range(0), range(1)]:
    print(repr(x), bool(x))
print(bool(), bool(True), bool(False))
