# min, max and sum over lists; equal items keep the first one; mixed int and float.
print(min([3, 1, 2]), max([3, 1, 2]), sum([3, 1, 2]), sum([]), sum([0.5, 0.25]), sum([1, 2.5]))
print(max([1, 1.0]), max([1.0, 1]), min([0, 0.0, False]), max([True, 1, 1.0]))
print(min(["b", "a", "c"]), max([[1, 2], [1, 3], [0, 9]]), min((4, 2), (4, 1)))
print(max(3, 7.5, -1), min(2, 2.0), max(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print(sum(range(101)), sum([[1], [2]], []))
