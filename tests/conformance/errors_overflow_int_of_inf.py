# OverflowError: cannot convert float infinity to integer.
print(int(1e18))
print(int(float("inf")))
