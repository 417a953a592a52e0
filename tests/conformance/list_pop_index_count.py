# pop with no index, positive and negative indices; index (with a start) and count, including of equal int/float.
a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
b = [1, 2, 3, 2, 1, 2.0, True]
print(b.index(2), b.index(2, 2), b.index(1), b.index(3), b.index(2.0), b.count(2), b.count(1), b.count(9))
print(["a", "b", "a"].count("a"), [[1], [1]].count([1]), [[1], [2]].index([2]))
