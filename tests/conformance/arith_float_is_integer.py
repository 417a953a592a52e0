# float.is_integer() on whole, fractional, negative, zero, huge and non-finite floats.
for x in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 0.1, 2.0 ** 53 + 1]:
    print(x, x.is_integer())
print(float("inf").is_integer(), float("nan").is_integer())
print((7 / 7).is_integer(), (7 / 2).is_integer())
