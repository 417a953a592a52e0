# zip over two and three iterables, stopping at the shortest, with strings, ranges and tuples.
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for a, b, c in zip(range(5), (10, 20, 30), [100, 200, 300, 400]):
    print(a, b, c)
print(list(zip([1, 2], [3])), list(zip()), list(zip([1, 2])), list(zip([], [1])))
names = ["x", "y"]
vals = [1.5, 2.5]
print([n + "=" + str(v) for n, v in zip(names, vals)])
