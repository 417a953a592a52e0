# Ranges near the int64 limits: only their length and a few elements are used, never materialized.
r = range(9223372036854775800, 9223372036854775807)
print(len(r), list(r)[-1])
for i in range(-9223372036854775807 - 1, -9223372036854775807 + 2):
    print(i)
n = 0
for i in range(0, 9223372036854775807, 3074457345618258602):
    n += 1
    print(i)
print(n)
