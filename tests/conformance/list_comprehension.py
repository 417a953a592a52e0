# List comprehensions: filters, nested for clauses, conditional expressions, comprehension over strings and zips.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([c + c for c in "abc"], [a + b for a, b in zip([1, 2], [10, 20])])
print([v if v > 0 else 0 for v in [-2, 5, -1, 3]])
xs = [1, 2, 3]
print([x for x in xs for y in xs if x == y])
