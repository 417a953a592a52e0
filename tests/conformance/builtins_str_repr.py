# str() and repr() agree for numbers, differ for strings; nested containers use repr of their items.
vals = [1, -2.5, 1e-5, 1e16, 0.1, 2j, "s", "it's", None, True, [1, "a"], (1,), range(2)]
for v in vals:
    print(str(v), repr(v))
print(str(), repr(""))
