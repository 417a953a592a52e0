# Module-level loops with break, continue, else clauses, nested loops over a list of lists whose
# rows differ in storage, and a while loop whose condition calls a function.
def small(v):
    return v < 40


grid = [[1, 2, 3], [0.5, 1.5], [1j, 2], [], [7, 8]]
count = 0
acc = 0
for row in grid:
    for v in row:
        if v == 2:
            continue
        acc += v
        count += 1
    else:
        count += 100
print(count, acc)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
x = 1
while small(x):
    x = x * 3 + 1
else:
    print("done", x)
found = -1
for i in range(1000):
    if i * i > 500:
        found = i
        break
print(found, i)
