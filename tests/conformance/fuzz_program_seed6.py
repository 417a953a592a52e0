# A random structured program (gen_program_fuzz.py --seed 6, candidate 0): functions called
# with varying argument types, loops, branches, list updates; CPython runs it cleanly within int64.
def f0(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 4:
        k += 1
        acc += q
        acc = acc % 100003
        print(max(False, (p + len(xs))))
        n = ((max(len(xs), True) if (q > xs[int(n) % len(xs)]) else k)) % 1000003
        q += (f + n)
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
        acc += ((n + q) == abs(100))
        acc = acc % 100003
        xs.append(((p if 100 else len(xs))) % 1000003)
        if len(xs) > 12:
            xs.pop(0)
        acc = (abs(max(len(xs), len(xs)))) % 1009
        n = ((xs[int(k) % len(xs)] if (k / (acc or 1)) else n)) % 10007
    print('f1', n, acc, f)
    return len(xs) + n

data = [1, 2.5, 3]
ints = [4, 5, 6, 7]
total = 0
for r in range(4):
    total = (total + f0(r, 0.5, data)) % 1000003
    total = (total + f1(1.5, r, data)) % 1000003
    print('round', r, total)
print('final', total, data, ints)
