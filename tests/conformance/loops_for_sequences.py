# for over lists, tuples, strings, nested lists with unpacking, and a list of mixed types.
for x in [1, "two", 3.0, None]:
    print(repr(x))
for ch in "hey":
    print(ch)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for t in ((1,), (2,)):
    print(t)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v, end=" ")
print()
