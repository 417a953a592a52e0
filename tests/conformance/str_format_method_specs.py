# str.format with the same format-spec mini-language as f-strings, applied to ints, floats, strings and complex.
print("{:08.3f}|{:+d}|{:,}|{:_b}|{:^9}|{:e}|{:%}".format(3.14159, 42, 1234567, 255, "mid", 0.000123, 0.25))
print("{0:>{1}}|{0:<{1}}|{2:.{3}g}".format("ab", 5, 2 / 3, 4))
print("{:g}|{:.2f}|{!r:>8}|{:c}".format(1 + 2j, -1j, "q", 97))
