# Recursive quicksort and merge sort building new lists (no slice assignment), checked against sorted().
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    more = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(more)
def merge(a, b):
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(mergesort(xs[:mid]), mergesort(xs[mid:]))
data = [(i * 7919) % 101 - 50 for i in range(60)]
print(quicksort(data))
print(mergesort(data) == sorted(data), quicksort([3.5, -1, 2]) , mergesort(["b", "a"]))
