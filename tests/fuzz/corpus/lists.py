from math import sqrt, pi as PI
grid = [[0.0] * 8 for _ in range(8)]
a, (b, [c, d]) = 1, (2, [3, 4])
for i, row in enumerate(grid):
    for j in range(len(row)):
        row[j] += i * j / 3 - (i ** 2) // 2 % 5
        if 0 <= i < j and not row[j] in grid:
            continue
        elif i is None or j > 3:
            break
    else:
        pass
total = sum([x for r in grid for x in r if x > 0])
del grid[0], grid[1][2]
print(total, sqrt(abs(total)) * PI, grid[::-1][:2], -2**-1, ~5 & 3 | 1 ^ 7 << 2 >> 1)
