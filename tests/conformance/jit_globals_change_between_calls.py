# Functions that read module globals which change between calls: a counter rebound by the
# module, a list rebound to another list (and to one of another element type), a global that
# changes type. Every call must see the current value.
counter = 0
data = [1, 2, 3]
scale = 2


def read_counter():
    return counter * 10


def sum_data():
    s = 0
    for x in data:
        s += x
    return s


def scaled(v):
    return v * scale


def helper(x):
    return x + 1


def use_helper(x):
    return helper(x) * 2


for i in range(5):
    counter = i
    print(read_counter(), end=" ")
print()
for i in range(200):
    counter += 1
    r = read_counter()
print(r)
print(sum_data())
data = [10, 20]
print(sum_data())
data = [0.5, 0.25]
print(sum_data())
data.append(1)
print(sum_data())
for i in range(100):
    v = scaled(i)
print(v)
scale = 0.5
print(scaled(3), scaled(4))
scale = 1j
print(scaled(2))
for i in range(100):
    w = use_helper(i)
print(w)
