# sorted returns a new list from any iterable (also with reverse=True); reversed iterates backwards.
t = (3, 1, 2)
s = sorted(t)
print(s, t, sorted("cab"), sorted(range(3, 0, -1)), sorted([2.5, 1, 3]), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], reverse=False))
print(list(reversed(s)), s)
print([x for x in reversed(range(2, 8, 2))])
