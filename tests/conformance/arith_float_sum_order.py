# Float addition is not associative: sum adds left to right, as does a loop.
xs = [1e16, 1.0, -1e16, 1.0]
print(sum(xs), (1e16 + 1.0) - 1e16 + 1.0, 1e16 + (1.0 - 1e16) + 1.0)
vals = [0.1] * 10
print(sum(vals))
t = 0.0
for v in vals:
    t += v
print(t)
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(sum([1, 2, 3], 0.5), sum([], 0.0), sum([1.5, 2]))
