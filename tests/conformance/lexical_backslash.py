# Backslash continuation joins physical lines, also inside expressions and after keywords.
a = 1 + \
    2 + \
    3
print(a)
if a == 6 and \
   a > 0:
    print("joined condition")
s = "abc" \
    "def"
print(s)
b = [1, 2,
     3] + \
    [4]
print(b)
