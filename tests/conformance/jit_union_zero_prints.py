# Variables that are int on some paths and float on others (unions): each print shows `0` or
# `0.0` (and 3 or 3.0) exactly as CPython does, depending on the path that ran.
def accumulate(values):
    norm = 0
    for v in values:
        norm += v * v
    return norm


def halfway(n, use_float):
    x = 0
    for i in range(n):
        if use_float:
            x += 0.5
        else:
            x += 1
    return x


def choose(flag):
    if flag:
        r = 3
    else:
        r = 3.0
    return r


def maybe_scale(x, k):
    y = x
    if k > 0:
        y = y * 1.5
    return y


print(accumulate([]), accumulate([1, 2]), accumulate([0.5, 0.25]), accumulate([0.0]))
print(accumulate([1, 2.5]), accumulate([]), accumulate([3]))
for n in range(4):
    print(n, halfway(n, True), halfway(n, False), halfway(n, n % 2 == 0))
print(choose(True), choose(False), choose(1), choose(0))
print(maybe_scale(2, 0), maybe_scale(2, 1), maybe_scale(0, 0), maybe_scale(0, 3), maybe_scale(-0.0, 0))
s = 0
for i in range(1000):
    s += accumulate([i, i + 1])
print(s)
t = 0
for i in range(1000):
    t += accumulate([i * 0.5])
print(t)
print(accumulate([-0.0]), accumulate([]) == 0.0, -accumulate([]), -accumulate([0.0]))
