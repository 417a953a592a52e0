# A random structured program (gen_program_fuzz.py --seed 1, candidate 1): functions called
# with varying argument types, loops, branches, list updates; CPython runs it cleanly within int64.
def f0(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 3:
        k += 1
        acc += (xs[int(k) % len(xs)] * min(xs[int(k) % len(xs)], xs[int(k) % len(xs)]))
        acc = acc % 100003
        if f:
            xs.append(((n <= len(xs))) % 1000003)
            if len(xs) > 12:
                xs.pop(0)
    print('f0', n, acc, f)
    return acc

def f1(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 6:
        k += 1
        acc += acc
        acc = acc % 100003
        n = (xs[int(n) % len(xs)]) % 1009
        acc = ((min(f, -5) * (len(xs) % (len(xs) or 1)))) % 1009
    print('f1', n, acc, f)
    return n * 2 + 1

data = [1, 2.5, 3]
ints = [4, 5, 6, 7]
total = 0
for r in range(3):
    total = (total + f0(r - 3, -0.25, ints)) % 1000003
    total = (total + f1(r * 2, r, ints)) % 1000003
    print('round', r, total)
print('final', total, data, ints)
