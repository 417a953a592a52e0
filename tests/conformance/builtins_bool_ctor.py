# bool() on numbers, strings and containers, and its use in arithmetic.
print(bool(0), bool(-1), bool(0.0), bool(1e-320), bool("False"), bool(""), bool([[]]), bool(()), bool(None))
print(bool(0j), bool(range(0)), bool(range(1, 2)), bool(abs), sum([bool(x) for x in [0, 1, 2, "", "a"]]))
