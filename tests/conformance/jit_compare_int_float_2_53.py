# Mixed int/float comparisons near 2**53 in compiled functions: exact, as CPython compares them
# (not by converting the int to a double), for every operator, and in loops and branches.
def compare_all(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def count_below(n, limit):
    c = 0
    for i in range(n - 4, n + 4):
        if i < limit:
            c += 1
    return c


big = 2 ** 53
f = 2.0 ** 53
for k in range(100):
    r = compare_all(k, 50.5)
print(r)
print(compare_all(big, f))
print(compare_all(big + 1, f))
print(compare_all(f, big + 1))
print(compare_all(big - 1, f - 1.0))
print(compare_all(big + 2, f + 2.0))
print(compare_all(9223372036854775807, 9.223372036854775807e18))
print(compare_all(-9223372036854775807 - 1, -9.223372036854775808e18))
print(compare_all(1, float("nan")), compare_all(float("inf"), 9223372036854775807))
print(count_below(big, f), count_below(big, f + 2.0), count_below(big, 9007199254740993.0))
print(big + 1 == f, big + 1 > f, float(big + 1) == f, (big + 1) / 1 == f)
print(max(big + 1, f), min(big + 1, f), max(f, big + 1))
