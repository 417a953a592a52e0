# reversed over lists, tuples, strings and ranges (including stepped and empty ones).
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -2))))
for x in reversed(["a", "b"]):
    print(x)
print("".join(reversed("stressed")))
