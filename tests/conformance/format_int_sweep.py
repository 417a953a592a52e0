# Many integer format specs over signed values, including widths smaller than the number and grouping with padding.
specs = ["d", "5d", "<5d", "^6", "+d", " d", "05d", "x", "#X", "#o", "b", "#010b", ",", "_", "010,", "=+8", "*>7", "c"]
for v in [0, 7, -7, 65, 1000, -123456, 2147483647]:
    out = []
    for s in specs:
        if s == "c" and v < 0:
            continue
        out.append(("{:" + s + "}").format(v))
    print(out)
