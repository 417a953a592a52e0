# List displays and their repr: empty, nested, mixed types, trailing comma, floats and strings inside.
print([], [1], [1, 2, 3,], [[]], [[1, 2], [3]], [1, 2.0, "three", None, True, 1j, (4, 5), [6]])
print([0.1, -0.0, 1e16, float("inf")], ["a", 'b"', "c'"])
a = [1, 2]
b = [a, a]
print(b, len(b), len([[], [], []]))
