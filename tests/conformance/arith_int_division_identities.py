# (a // b) * b + a % b == a and the sign of a % b follows b, over a grid of signed operands.
vals = [-4611686018427387904, -1000003, -17, -7, -1, 0, 1, 7, 17, 1000003, 4611686018427387903]
bad = 0
rows = []
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q = a // b
        r = a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            bad += 1
        rows.append(q)
        rows.append(r)
print(bad, len(rows))
print(rows[:40])
print(rows[-40:])
