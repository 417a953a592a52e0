# sum of ints, floats and bools, with a start value; floats added left to right; an empty iterable.
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(10)), sum([]), sum([], 10), sum([1, 2], 100), sum([True, True]))
print(sum([0.1, 0.1, 0.1]), sum([1e100, 1.0, -1e100]), sum([1, 0.5]), sum([0.5, 1]))
print(sum([1j, 2, 0.5]), sum([[1], [2, 3]], []))
xs = [i / 10 for i in range(10)]
print(sum(xs))
