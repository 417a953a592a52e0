# A random structured program (gen_program_fuzz.py --seed 4, candidate 1): functions called
# with varying argument types, loops, branches, list updates; CPython runs it cleanly within int64.
def f0(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 3:
        k += 1
        acc += ((q * xs[int(acc) % len(xs)]) + (7 % (k or 1)))
        acc = acc % 100003
        if (0.1 if n else xs[int(n) % len(xs)]):
            break
        for i2 in range(5):
            if min(q, n):
                break
    print('f0', n, acc, f)
    return acc

def f1(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 3:
        k += 1
        acc += k
        acc = acc % 100003
        f += min(k, p)
        f = f % 1000.5
        xs.append(((q % (len(xs) or 1))) % 1009)
        if len(xs) > 12:
            xs.pop(0)
    n = f0(acc % 50, f, xs) % 1009
    print('f1', n, acc, f)
    return n * 2 + 1

def f2(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 4:
        k += 1
        acc += q
        acc = acc % 100003
        xs.append(((f % (f or 1))) % 97)
        if len(xs) > 12:
            xs.pop(0)
        print(xs[int(k) % len(xs)])
        xs.append(((p <= p)) % 1009)
        if len(xs) > 12:
            xs.pop(0)
        acc = (((len(xs) + k) + 1)) % 10007
    print('f2', n, acc, f)
    return len(xs) + n

data = [1, 2.5, 3]
ints = [4, 5, 6, 7]
total = 0
for r in range(3):
    total = (total + f0(r * 2, r, ints)) % 1000003
    total = (total + f1(r, True, ints)) % 1000003
    total = (total + f2(r, 0.5, data)) % 1000003
    print('round', r, total)
print('final', total, data, ints)
