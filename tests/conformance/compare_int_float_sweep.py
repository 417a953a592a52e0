# Exact comparisons between ints near 2**53 and 2**63 and the nearest floats, in both directions.
base = 9007199254740992
for k in range(-3, 4):
    i = base + k
    f = float(i)
    print(k, f, i == f, i < f, i > f, f < i, i <= f + 1.0, i == f + 1.0)
top = 9223372036854775807
for i in [top, top - 1, top - 511, top - 512, top - 1024, -top - 1, -top]:
    f = float(i)
    print(i, f, i == f, i < f, f > i, i >= f)
