# expect: OverflowError
# A sum that crosses 2**63 - 1 in a loop of a compiled function.
def accumulate(start, step, n):
    s = start
    for i in range(n):
        s += step
    return s


for k in range(100):
    r = accumulate(0, 3, 1000)
print(r)
print(accumulate(9223372036854775000, 100, 7))
r = accumulate(9223372036854775000, 100, 9)
