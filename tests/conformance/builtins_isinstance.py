# isinstance with the builtin types; bool is an instance of int; a tuple of types.
vals = [1, 1.0, 1j, True, "s", None, [1], (1,), range(1)]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, complex), isinstance(v, bool), isinstance(v, str), isinstance(v, list), isinstance(v, tuple), isinstance(v, range))
print(isinstance(3, (float, int)), isinstance("x", (int, float)), isinstance(2.0, (int, str)))
