# Float floor division and modulo over a sweep of signed operands, printed with repr.
vals = [-7.5, -2.0, -0.5, -0.0, 0.0, 0.5, 2.0, 7.5, 1e300, -1e-300]
for a in vals:
    line = []
    for b in [3.0, -3.0, 0.25, -1e300]:
        line.append((a // b, a % b))
    print(a, line)
