# `if c: n += k` on ints (and `-=`, and the step on the else arm, and a variable step): compiled
# code adds c ? k : 0 without a branch; the counts must be the same, whatever the condition.
import random


def count(samples):
    inside = 0
    for i in range(samples):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


def steps(n, k):
    up = 0
    down = 100
    other = 0
    var = 0
    for i in range(n):
        if i % 3 == 0:
            up += 7
        if i % 5 != 0:
            down -= k
        if i % 4 == 1:
            pass
        else:
            other += 2
        if i & 1:
            var += i
    return up, down, other, var


def near_max(n):
    # The step would overflow only when taken: it is never taken here.
    big = 9223372036854775806
    hits = 0
    for i in range(n):
        if i > n:
            big += 5
        if i % 2 == 0:
            hits += 1
    return big, hits


random.seed(0)
print(count(100000))
print(steps(1000, 3), steps(0, 3), steps(17, -4))
print(near_max(1000))
