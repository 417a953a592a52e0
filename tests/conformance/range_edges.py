# range repr, emptiness, membership of floats and bools, large bounds, and a range reused by several consumers.
print(range(0, -5, -1), range(3, 3), range(-1), len(range(0, -10, -3)), list(range(-10, -20, -3)))
print(9223372036854775806 in range(9223372036854775807), -1 in range(5), 3.5 in range(5), True in range(2))
r = range(1, 20, 4)
print(list(r), list(r), sum(r), max(r), min(r), sorted(r, reverse=True), list(reversed(r)), r == r)
