# One function called with several argument signatures in turn (int, float, complex, bool, list,
# tuple, mixed): each call must give CPython's result whichever specialization runs it.
def combine(a, b):
    return a * 2 + b


def total(xs):
    s = 0
    for x in xs:
        s = s + x
    return s


def pick(xs, i):
    return xs[i]


for i in range(300):
    r = combine(i, 1)
print(r)
for i in range(300):
    r = combine(i * 0.5, 1)
print(r)
print(combine(3, 0.25), combine(0.25, 3), combine(True, True), combine(2j, 1))
print(combine([1, 2], [3]), combine((1.5,), (2,)), combine("ab", "c"))
print(total([1, 2, 3]), total([1.5, 2.5]), total([1, 2.5]), total([]), total([1j, 2]))
print(total(range(10)), total((1, 2.0)), total([True, True, False]))
ints = [10, 20, 30]
floats = [0.5, 1.5]
mixed = [1, 2.0, 3j]
for i in range(3):
    print(pick(ints, i), pick(floats, i % 2), pick(mixed, i), pick(ints, -1 - i))
print(pick("xyz", 1), pick((1, 2.5), 1), pick([[1], [2.5]], 1))
# Back to ints after the others: the first specialization is still right.
print(combine(7, 8), total([4, 5, 6]), pick(ints, 0))
