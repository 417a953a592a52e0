# while loops: counting, a condition with 'and', break, continue, and nested whiles.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print(i)
n = 27
steps = 0
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a = 0
while True:
    a += 1
    b = 0
    while b < a:
        b += 1
    if a >= 3:
        break
print(a, b)
