# range with one, two and three arguments, negative steps, empty ranges, len, 'in', and list() of them.
print(list(range(5)), list(range(2, 7)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(-5, -1)))
print(list(range(0)), list(range(5, 2)), list(range(2, 5, -1)), list(range(-3, 3, 2)))
print(len(range(10)), len(range(1, 10, 3)), len(range(10, 1, -4)), len(range(5, 5)), len(range(-10, 10, 7)))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -2 in range(0, -5, -1))
print(2.0 in range(5), range(3), range(1, 4), range(0, 9, 2))
print(sum(range(0, 100, 7)), max(range(7)), min(range(3, 9)))
