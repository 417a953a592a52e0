# A compiled function that returns an int or None, used by another.
def maybe(x):
    if x > 0:
        return x
    return None


def use(x):
    r = maybe(x)
    if r is None:
        return -1
    return r * 2


for k in range(300):
    use(k - 100)
print(use(5), use(-5), maybe(0), maybe(3))
