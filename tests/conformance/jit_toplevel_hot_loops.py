# Hot loops at module level (no functions): int and float accumulators, a union accumulator,
# nested loops over a list of lists, list updates, while loops with break, and the values of the
# loop variables afterwards.
total = 0
for i in range(100000):
    total += i * i % 7
print(total, i)
acc = 0
for i in range(1000):
    acc += i * 0.001
print(acc)
mixed = 0
for i in range(1000):
    if i % 3 == 0:
        mixed += 1
    else:
        mixed += 0.5
print(mixed)
grid = [[0.0] * 20 for r in range(20)]
for r in range(20):
    for c in range(20):
        grid[r][c] = r * 0.5 + c
s = 0.0
for row in grid:
    for v in row:
        s += v
print(s)
n = 0
x = 27
while True:
    if x == 1:
        break
    if x % 2 == 0:
        x = x // 2
    else:
        x = 3 * x + 1
    n += 1
print(n, x)
squares = []
for k in range(50):
    squares.append(k * k)
print(sum(squares), squares[-1], k)
z = 0j
for k in range(30):
    z = z * z + (0.25 + 0.5j)
print(z)
