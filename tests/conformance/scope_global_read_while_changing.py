# Functions reading globals that keep changing: a counter the module loop advances, a list rebound
# each round, a float that becomes an int, a global a function increments itself. Each call must
# see the value (and type) the global has at that moment.
step = 0
data = [1, 2, 3]
ratio = 0.5
hits = 0


def scaled(x):
    return x * step


def total():
    s = 0
    for v in data:
        s += v
    return s


def weighted(x):
    return x * ratio


def hit(n):
    global hits
    hits = hits + n
    return hits


acc = 0
for step in range(1, 6):
    acc += scaled(10)
print(acc, step)

for r in range(4):
    data = [r * k for k in range(r + 2)]
    print(r, total())

out = []
for i in range(6):
    out.append(weighted(i))
    if i == 2:
        ratio = 3
print(out)

for i in range(5):
    hit(i)
print(hits, hit(100))

hits = 0.5
print(weighted(2), hit(1.5))
