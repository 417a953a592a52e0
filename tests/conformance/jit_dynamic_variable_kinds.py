# Variables of a hot function that hold values of many kinds over its run (int, float, str, None,
# list, tuple, bool, complex): each is printed with its own repr, and operations dispatch on the
# kind it holds at that moment.
def cycle(n):
    out = []
    v = 0
    for i in range(n):
        k = i % 8
        if k == 0:
            v = i
        elif k == 1:
            v = i * 0.5
        elif k == 2:
            v = str(i)
        elif k == 3:
            v = None
        elif k == 4:
            v = [i]
        elif k == 5:
            v = (i, i)
        elif k == 6:
            v = i > 3
        else:
            v = complex(i, 1)
        out.append(v)
    return out


def combine(a, b):
    if a is None or b is None:
        return None
    return a * 2 if isinstance(a, str) else a + b


for k in range(100):
    r = cycle(16)
print(r)
print(combine(1, 2), combine(1.5, 2), combine("ab", 0), combine(None, 1), combine([1], [2]), combine(True, True))
print(combine((1,), (2,)), combine(1j, 1), combine(2, None))
