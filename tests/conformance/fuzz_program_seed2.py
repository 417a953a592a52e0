# A random structured program (gen_program_fuzz.py --seed 2, candidate 0): functions called
# with varying argument types, loops, branches, list updates; CPython runs it cleanly within int64.
def f0(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 2:
        k += 1
        acc += abs((k / (q or 1)))
        acc = acc % 100003
        if (f // (q or 1)):
            if 1.5:
                break
        else:
            n = (((len(xs) % (q or 1)) % ((n // (acc or 1)) or 1))) % 1000003
            print((min(f, k) * (p / (q or 1))))
            if (True // (len(xs) or 1)):
                break
            if len(xs):
                continue
    print('f0', n, acc, f)
    return len(xs) + n

def f1(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 2:
        k += 1
        acc += f
        acc = acc % 100003
        print(abs(max(n, q)))
    print('f1', n, acc, f)
    return len(xs) + n

def f2(p, q, xs):
    n = 0
    acc = 0
    f = 0.5
    k = 0
    while k < 5:
        k += 1
        acc += ((f // (0.1 or 1)) % ((q + p) or 1))
        acc = acc % 100003
        n = (10) % 1009
    n = f1(acc % 50, f, xs) % 1009
    print('f2', n, acc, f)
    return n * 2 + 1

data = [1, 2.5, 3]
ints = [4, 5, 6, 7]
total = 0
for r in range(3):
    total = (total + f0(1.5, r, data)) % 1000003
    total = (total + f1(r - 3, -0.25, ints)) % 1000003
    total = (total + f2(1.5, r, data)) % 1000003
    print('round', r, total)
print('final', total, data, ints)
