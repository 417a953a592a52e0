# Functions that assign module globals through `global`: counters incremented in loops, a global
# list rebound inside a function, a global changing type, and reads after the writes.
count = 0
total = 0.0
items = []
mode = 0


def bump(n):
    global count
    for i in range(n):
        count += 1
    return count


def add(x):
    global total
    total = total + x


def reset_items(n):
    global items
    items = [0] * n
    for i in range(n):
        items[i] = i * i


def flip():
    global mode
    if mode == 0:
        mode = 0.5
    else:
        mode = 0
    return mode


print(bump(10), bump(5), count)
for i in range(1000):
    bump(1)
print(count)
for i in range(100):
    add(i)
print(total)
add(1)
print(total)
reset_items(5)
print(items)
reset_items(0)
print(items)
for i in range(5):
    print(flip(), mode, end="; ")
print()
