# min and max with several arguments and with one iterable (list, tuple, string, range); ties keep the first.
print(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max(-1, -1.5), min("b", "a"), max([1, 2], [1, 3]))
print(min([5, 4, 6]), max((5, 4, 6)), min("hello"), max("hello"), min(range(4, 9)), max(range(-3, 0)))
print(max(1, 1.0), max(1.0, 1), min(1, True), min(True, 1), max([0.0, -0.0]), min([-0.0, 0.0]))
print(max([3]), min((7,)), max([[2], [10]]), min([(1, 2), (1, 1)]))
print(max(float("nan"), 1), max(1, float("nan")), min(float("nan"), 1))
