# Appending to a list while a for loop iterates over it: the loop sees the new items (CPython's index-based iteration).
a = [1, 2, 3]
for x in a:
    if x < 5:
        a.append(x + 3)
print(a)
b = [1, 2, 3, 4]
for x in b:
    if x == 2:
        b.pop(0)
    print(x)
print(b)
