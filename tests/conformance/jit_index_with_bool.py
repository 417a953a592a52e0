# Lists and tuples indexed with bools (True is 1) in compiled functions, for reads and stores.
def get(xs, i):
    return xs[i]


def put(xs, i, v):
    xs[i] = v
    return xs


for k in range(300):
    get([1, 2], k % 2)
print(get([1, 2], True), get([1.5, 2.5], False), put([1, 2], True, 5), put([0.5], False, 1.5))
print(get((1, 2.5), True), get((7, 8), -1))
