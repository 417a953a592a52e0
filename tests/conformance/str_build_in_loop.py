# Building strings in loops with +=, join and f-strings, then slicing the result.
s = ""
for i in range(20):
    s += chr(ord("a") + i % 26)
print(s, len(s), s[5:10], s[::-4])
parts = []
for i in range(10):
    parts.append(f"{i:02d}")
line = ",".join(parts)
print(line, len(line))
print("".join([c * 2 for c in "xyz"]), "-" * 30)
