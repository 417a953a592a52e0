# enumerate, zip and reversed return single-pass iterators: a second pass over the same object is empty.
e = enumerate("ab")
print(list(e))
print(list(e))
z = zip([1, 2], [3, 4])
for p in z:
    print(p)
for p in z:
    print("never", p)
print(list(z))
r = reversed([1, 2, 3])
print(sum(r), sum(r))
r2 = reversed(range(3))
first = []
for x in r2:
    first.append(x)
    break
print(first, list(r2))
z2 = zip(range(3), range(3))
print(len(list(z2)), len(list(z2)))
