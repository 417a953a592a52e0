# abs(z) < 2 and abs(z) <= 2 for complex z near the circle of radius 2, where re*re + im*im and
# hypot can round differently: compiled code must give CPython's answer for every point.
def inside(z):
    return abs(z) < 2


def inside_eq(z):
    return abs(z) <= 2.0


def escape(z, c, limit):
    n = 0
    while n < limit and abs(z) < 2:
        z = z * z + c
        n += 1
    return n


points = [2 + 0j, 1.9999999999999998 + 0j, 2.0000000000000004 + 0j, 0 + 2j, -2j,
          1.4142135623730951 + 1.4142135623730951j, 1.414213562373095 + 1.414213562373095j,
          1.4142135623730950 + 1.4142135623730952j, 1.2 + 1.6j, 1.2000000000000002 + 1.6j,
          1.1999999999999997 + 1.6j, -1.2 - 1.6j, 1.6 + 1.2j, 0.6 + 1.9078784028338913j,
          1e-300 + 2j, complex(2, 1e-8), complex(1.9999999999, 1e-5)]
count = 0
for k in range(50):
    for z in points:
        if inside(z):
            count += 1
print(count)
for z in points:
    print(z, inside(z), inside_eq(z), abs(z) < 2, abs(z))
x = -1.0
hits = 0
while x <= 1.0:
    y = -1.0
    while y <= 1.0:
        hits += escape(complex(x, y), complex(-0.62772, -0.42193), 60)
        y += 0.0625
    x += 0.0625
print(hits)
print(escape(1.2 + 1.6j, 0j, 5), escape(1.2000000000000002 + 1.6j, 0j, 5))
