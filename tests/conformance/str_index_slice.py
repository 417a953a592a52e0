# String indexing with positive and negative indices, and slicing with bounds, negative steps and clamping.
s = "abcdefgh"
print(s[0], s[7], s[-1], s[-8], s[3])
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2::-2])
print(s[5:2], s[100:], s[-100:2], s[2:100], s[::-3], s[6:1:-2], repr(s[3:3]))
print(s[:], s[0:8:1], s[-1:-9:-1])
