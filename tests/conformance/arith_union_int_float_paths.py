# A variable that is int on one path and float on another keeps Python's exact type and printing (0 vs 0.0).
def total(xs):
    norm = 0
    for v in xs:
        norm += v
    return norm
print(total([]), total([1, 2]), total([1.5]), total([1, 2.0]), total([True, True]))
def pick(flag):
    if flag:
        r = 1
    else:
        r = 1.0
    return r * 3
print(pick(True), pick(False))
def halve(n):
    while n > 1:
        n = n / 2 if n % 2 else n // 2
    return n
print(halve(8), halve(12), halve(7))
