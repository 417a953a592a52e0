# Formatting complex numbers: no type, 'f' and 'e' with precision, width and alignment.
z = 1.5 - 2.25j
print(f"{z}|{z:.2f}|{z:e}|{z:>20}|{z:<18.1f}|{z:g}|")
print(f"{1j}|{1j:.1f}|{-0j}|{(1 + 2j):^12}|{(3 + 4j)!r}|")
