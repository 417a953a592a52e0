# Shifts: left shifts that stay in int64, arithmetic right shifts of negatives, shifts by 64 or more.
print(1 << 0, 1 << 10, 1 << 62, 3 << 61)
print(-1 << 62, -1 << 63)
print(1024 >> 3, -1024 >> 3, -1 >> 1, -1 >> 100, 1 >> 64, 12345 >> 200, -7 >> 1)
print(0 << 100)
x = 5
x <<= 2
x >>= 1
print(x)
