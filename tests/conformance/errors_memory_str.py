# MemoryError from repeating a string to a terabyte.
s = "a" * 10
print(s)
t = s * 100000000000
