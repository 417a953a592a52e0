# Slicing tuples and strings with the same rules; results keep their type.
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[:1], t[5:], t[-2:], t[::2])
s = "slicing"
print(s[1:4], s[::-1], s[-3:], s[:0], s[::3], s[5:1:-1])
print(repr(s[10:]), repr(t[3:1]))
