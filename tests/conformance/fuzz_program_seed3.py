# A random structured program (gen_program_fuzz.py --seed 3, candidate 1): functions called
# with varying argument types, loops, branches, list updates; CPython runs it cleanly within int64.
def f0(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 5:
        k += 1
        acc += acc
        acc = acc % 100003
        print(abs((q != p)))
        acc = ((abs(q) <= (acc != n))) % 10007
        p += (acc % (f or 1))
        p = p % 1000.5
        q += (p if xs[int(acc) % len(xs)] else n)
        q = q % 1000.5
    print('f0', n, acc, f)
    return n * 2 + 1

def f1(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 5:
        k += 1
        acc += (-1 - len(xs))
        acc = acc % 100003
        print(k)
    n = f0(acc % 50, f, xs) % 1009
    print('f1', n, acc, f)
    return n + acc

def f2(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 3:
        k += 1
        acc += (k if max(p, n) else 7)
        acc = acc % 100003
        if xs[int(k) % len(xs)]:
            if f:
                continue
            acc = (((n * n) % (len(xs) or 1))) % 97
            n = (min(abs(k), (len(xs) % (len(xs) or 1)))) % 1009
            acc = (k) % 1009
    print('f2', n, acc, f)
    return n + acc

data = [1, 2.5, 3]
ints = [4, 5, 6, 7]
total = 0
for r in range(5):
    total = (total + f0(r, 0.5, data)) % 1000003
    total = (total + f1(r - 3, -0.25, ints)) % 1000003
    total = (total + f2(r, 0.5, data)) % 1000003
    print('round', r, total)
print('final', total, data, ints)
