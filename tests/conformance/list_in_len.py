# 'in' on lists uses ==: ints equal floats, nested lists compare by value; len of lists. (NaN membership is left out:
# CPython's answer depends on object identity, which unboxed floats do not have.)
a = [1, 2.5, "s", [1, 2], (3,), None]
print(1 in a, 1.0 in a, 2.5 in a, "s" in a, [1, 2] in a, (3,) in a, None in a, 3 in a, "x" not in a)
print(len(a), len([]), len([[]]), len(a[3]))
