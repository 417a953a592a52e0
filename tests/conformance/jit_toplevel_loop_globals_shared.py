# Module-level loops that share their variables with functions: a function reads a global the
# loop keeps rebinding (counter, list, value changing type), another assigns globals through
# `global`, and the loop reads what the function wrote. Every read sees the latest value.
step = 1
total = 0
seen = []


def scaled(v):
    return v * step


def record(v):
    global total
    total += v
    return total


for i in range(200):
    step = i % 3
    record(scaled(i))
print(total, step)
for i in range(50):
    if i == 25:
        step = 0.5
    record(scaled(i))
print(total, step)
for i in range(10):
    seen = seen + [i * step]
print(seen[-1], len(seen))
step = 1j
print(scaled(2), record(1))
