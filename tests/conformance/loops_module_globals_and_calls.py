# Top-level loops that call functions: a global the functions read (kept in the global table, its
# reads guarded), a global they assign with `global`, lists they mutate, math and random in the loop.
import math
import random

scale = 3
counter = 0
log = []


def scaled(x):
    return x * scale


def bump(by):
    global counter
    counter = counter + by


def record(lst, v):
    lst.append(v)


total = 0
for i in range(20):
    total += scaled(i)
print(total)

for i in range(10):
    bump(i)
    total += counter
print(total, counter)

for i in range(6):
    record(log, i * i)
print(log, len(log))

random.seed(7)
acc = 0.0
for k in range(1, 200):
    acc += math.sqrt(k) * random.random()
    acc -= math.floor(acc / 100.0) * 100.0
print(round(acc, 6))

# The same global rebound between two runs of one loop: each run sees the current value.
for rounds in range(3):
    s = 0
    for j in range(5):
        s += scaled(j)
    print(rounds, s)
    scale = scale + 1
