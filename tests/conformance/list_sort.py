# list.sort and sorted: ints, floats, strings, tuples, reverse=True, stability between equal int/float/bool.
a = [5, 3, -1, 3.5, 0, 2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted([3, 1, 2]), sorted("hello"), sorted((9, 8, 7)), sorted([]), sorted(range(5), reverse=True))
print(sorted([1, 1.0, True, 0, False, 0.0]))
print(sorted([True, 1, 1.0], reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
s = ["banana", "apple", "Cherry"]
s.sort()
print(s, s.sort())
x = [3, 2, 1]
y = sorted(x)
print(x, y)
