# Top-level loops whose variables change type: an int accumulator that becomes a float, a global
# that functions also read and that the loop rebinds to another type midway, a variable first
# assigned inside the loop and read on the next iteration, an int|float union used after the loop.
limit = 10


def show():
    return limit


x = 0
for i in range(8):
    x += i
    if i == 4:
        x = x / 3
print(x)

acc = 0
for i in range(12):
    acc += limit * i
    if i == 5:
        limit = 0.5
    if i == 9:
        limit = 2
print(acc, show())

prev = None
for i in range(4):
    if prev is not None:
        print(i, prev)
    prev = i * 1.5

vals = [3, 1, 4, 1, 5, 9, 2, 6]
best = 0
for v in vals:
    if v > best:
        best = v
    if v == 9:
        best = best * 0.5
print(best)

m = 1
while m < 1000:
    m = m * 3
    if m > 100:
        m = m + 0.5
print(m)
