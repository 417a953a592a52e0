# A loop reads a list whose element type changes part-way (float elements become ints and strings).
def scale(xs):
    out = []
    for i in range(len(xs)):
        if i == 2:
            xs[3] = 4
        out.append(xs[i] * 2)
    return out
print(scale([1.5, 2.5, 3.5, 4.5, 5.5]))
print(scale([1, 2, 3, 4.0, "s"]))
