# str() and repr() of every Tier 1 type, and str of nested containers (which use repr of items).
print(str(42), str(-0.0), str(1e16), str(1j), str(None), str(True), str([1, "a"]), str(("b",)))
print(repr(42), repr(1.5), repr("s"), repr([1.0, "x", None]), repr((1,)), repr(()), repr([]))
print(str(range(5)), repr(range(1, 10, 2)), str(range(0)), repr(range(-3, 3)))
print(str("text"), str(""), len(str(12345)))
print([[1, [2, ["three"]]], (4, (5.0,))])
