# print of every Tier 1 type, several per line, including nested containers and special floats.
print(0, -7, 3.0, -0.0, 1e-7, 1e16, 1.5e300, float("inf"), float("nan"))
print(1j, 1 + 1j, True, None, "str", ["s", 1], ("t",), range(3), [[], ()])
print("unicode: é π 😀", "tab\tand")
