# bools in every int operation: division, shifts, powers, formatting with int presentation types, min/max ties.
print(True / True, True // True, -True // 2, True << 3, True >> 1, ~False, True ** -1, divmod(True, True))
print(f"{True:>5}|{True!s:>5}|{False!r}|{True:x}|{True:.2f}|{True:e}", hex(True), bin(False), round(True), abs(False))
print(max(True, 1), max(1, True), min(False, 0.0), sum([True] * 3), [True] * 2, True + 1j)
