# Lists mutated while compiled code holds them: appends that grow (and reallocate) the storage,
# pops that shrink it, element stores that switch its storage strategy, aliases seeing every change.
def grow(xs, n):
    for i in range(n):
        xs.append(xs[i] + 1)
    return len(xs)


def drain(xs):
    total = 0
    while len(xs) > 0:
        total += xs.pop()
    return total


def switch_storage(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
        if i == 2:
            xs[3] = 0.5
    return s


def twice(a, b):
    for i in range(len(a)):
        a[i] = a[i] * 2
    return b[0] + b[len(b) - 1]


xs = [0]
print(grow(xs, 1000), xs[999], xs[-1], sum(xs))
print(drain(xs), xs)
ys = [1, 2, 3, 4, 5]
print(switch_storage(ys), ys)
print(switch_storage([1.0, 2.0, 3.0, 4.0]))
zs = [1, 2, 3]
print(twice(zs, zs), zs)
fs = [0.25, 0.5]
print(twice(fs, fs), fs)
e = []
for i in range(50):
    e.append(i * i)
print(drain(e), e)
