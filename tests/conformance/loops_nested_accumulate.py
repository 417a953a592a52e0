# Nested loops accumulating ints and floats (a union: starts as int 0, becomes float) and printing the totals.
total = 0
for i in range(1, 4):
    for j in range(i):
        total += i * j
print(total)
acc = 0
for x in [1, 2, 0.5]:
    acc += x
print(acc)
acc2 = 0
for x in [1, 2, 3]:
    acc2 += x / 1
print(acc2)
mixed = 0
for k in range(4):
    if k == 2:
        mixed = mixed + 0.0
    mixed += k
    print(mixed)
