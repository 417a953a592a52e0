# expect: OverflowError
# Integer powers in a compiled loop, ending with one that leaves int64.
def powers(base, n):
    s = 0
    for e in range(n):
        s += base ** e
    return s


for k in range(50):
    r = powers(3, 20)
print(r, powers(2, 63), powers(-2, 64))
r = powers(2, 64)
