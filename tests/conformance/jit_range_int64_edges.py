# Compiled range loops whose bounds and steps sit at the int64 limits: no overflow of the loop
# counter, the same counts and last values as CPython; then a zero step is a ValueError.
def count(a, b, s):
    n = 0
    last = 0
    for i in range(a, b, s):
        n += 1
        last = i
    return n, last


big = 9223372036854775807
small = -9223372036854775807 - 1
for k in range(300):
    count(0, k, 1)
print(count(big - 3, big, 1), count(big - 5, big, 2), count(small + 3, small, -1))
print(count(small + 5, small, -2), count(0, big, big), count(big, small, small))
print(count(10, 0, -3), count(0, 10, 4), count(5, 5, 1), count(small, big, big))
print(count(0, 10, 0))
