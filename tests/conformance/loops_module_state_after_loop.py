# What a top-level loop leaves behind: loop variables, variables first assigned inside the loop,
# break/continue/else, while loops, and lists changed while iterating them.
n = 0
for i in range(10):
    if i % 3 == 0:
        continue
    n += i
    last = i * 2
print(n, i, last)

for j in range(100):
    if j * j > 200:
        break
else:
    j = -1
print(j)

for k in range(3):
    pass
else:
    k = k + 100
print(k)

w = 37
steps = 0
while w != 1:
    if w % 2 == 0:
        w = w // 2
    else:
        w = 3 * w + 1
    steps += 1
print(w, steps)

while steps > 0:
    steps -= 7
    if steps < 5:
        break
else:
    steps = 1000
print(steps)

xs = [1, 2, 3]
for v in xs:
    if v < 20:
        xs.append(v * 4)
print(xs, v)

ys = [0.5, 1.5, 2.5]
total = 0.0
for y in ys:
    total += y
print(total, y)

grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    row = grid[r]
    for c in range(3):
        row[c] = r * 3 + c
print(grid, r, c)

z = 0j
for q in range(20):
    z = z * z + complex(0.25, 0.5)
    if abs(z) > 2:
        break
print(z, q)

empty = []
for e in empty:
    print("never")
print(len(empty))
