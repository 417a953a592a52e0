# Functions returning tuples, unpacked in for loops and assignments; tuples compared and sorted.
def minmax(xs):
    return min(xs), max(xs)
pairs = [minmax([3, 1, 2]), minmax([9]), minmax([-1, 5])]
for lo, hi in pairs:
    print(lo, hi, hi - lo)
print(sorted(pairs), pairs[0] < pairs[1])
q, r = divmod(47, 5)
print(q, r)
