# Functions over lists that hold several kinds of values (boxed storage): ints, floats, bools,
# None, strings and nested lists, iterated, indexed, compared and combined by hot functions.
def describe(xs):
    n = 0
    s = 0
    words = ""
    for x in xs:
        if x is None:
            n += 1
        elif isinstance(x, str):
            words = words + x
        elif isinstance(x, list):
            s += len(x)
        else:
            s += x
    return n, s, words


def pick(xs, i):
    return xs[i]


def count_equal(xs, v):
    c = 0
    for x in xs:
        if x == v:
            c += 1
    return c


mixed = [1, 2.5, "a", None, [1, 2], True, "bc", -3, None, 0.5]
for k in range(200):
    r = describe(mixed)
print(r)
for i in range(-len(mixed), len(mixed)):
    print(repr(pick(mixed, i)), end=" ")
print()
print(count_equal(mixed, 1), count_equal(mixed, None), count_equal(mixed, "a"), count_equal(mixed, [1, 2]))
mixed[0] = "z"
mixed.append([3])
print(describe(mixed))
