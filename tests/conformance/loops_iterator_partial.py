# A single-pass iterator partly consumed by a loop with break continues where it stopped in the next loop.
it = enumerate([10, 20, 30, 40])
for i, v in it:
    print("first loop", i, v)
    if i == 1:
        break
for i, v in it:
    print("second loop", i, v)
z = zip("abcd", range(4))
for a, b in z:
    if b == 0:
        break
print(list(z))
