# round() without ndigits returns an int, rounding halves to even, for positives and negatives.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e15 + 0.5, -0.0]:
    print(v, round(v))
print(round(7), round(-7), round(True), isinstance(round(2.5), int))
