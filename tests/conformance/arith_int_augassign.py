# Every augmented assignment operator on ints.
x = 17
x += 3
print(x)
x -= 30
print(x)
x *= -4
print(x)
x //= 7
print(x)
x %= 4
print(x)
x = 3
x **= 4
print(x)
x &= 0x3c
print(x)
x |= 0x101
print(x)
x ^= 0xff
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x /= 8
print(x)
