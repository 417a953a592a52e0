# A ZeroDivisionError raised by float modulo inside a hot loop of a function, after output.
def wrap(xs, m):
    out = 0.0
    for x in xs:
        out += x % m
    return out


xs = [0.5 * i for i in range(100)]
for k in range(50):
    r = wrap(xs, 3.0)
print(r)
print(wrap(xs, 0.0))
