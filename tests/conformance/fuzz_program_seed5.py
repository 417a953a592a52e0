# A random structured program (gen_program_fuzz.py --seed 5, candidate 0): functions called
# with varying argument types, loops, branches, list updates; CPython runs it cleanly within int64.
def f0(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 4:
        k += 1
        acc += abs(max(q, len(xs)))
        acc = acc % 100003
        if 0.5:
            acc = (((acc % (-2.25 or 1)) - p)) % 10007
            print(((k + p) - len(xs)))
            print(xs[int(n) % len(xs)])
            xs.append(((acc // (len(xs) or 1))) % 97)
            if len(xs) > 12:
                xs.pop(0)
    print('f0', n, acc, f)
    return n * 2 + 1

def f1(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 6:
        k += 1
        acc += ((xs[int(n) % len(xs)] + f) // (len(xs) or 1))
        acc = acc % 100003
        if (k * k):
            print(max((xs[int(k) % len(xs)] * acc), acc))
            xs[int(k) % len(xs)] = ((k % (q or 1))) % 10007
        else:
            p += (k // (n or 1))
            p = p % 1000.5
            acc = (min((xs[int(k) % len(xs)] * n), len(xs))) % 10007
            acc = (max((acc - acc), (f * n))) % 10007
            if q:
                break
        n = (max(acc, abs(10))) % 1000003
    n = f0(acc % 50, f, xs) % 1009
    print('f1', n, acc, f)
    return n * 2 + 1

data = [1, 2.5, 3]
ints = [4, 5, 6, 7]
total = 0
for r in range(2):
    total = (total + f0(1.5, r, data)) % 1000003
    total = (total + f1(r, True, ints)) % 1000003
    print('round', r, total)
print('final', total, data, ints)
