# str.format with automatic, numbered and keyword fields, format specs, conversions and braces.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=7))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{0:.3f} {1:e} {2:x} {2:#o}".format(3.14159, 12345.678, 255))
print("{!r} {!s} {}".format("q", "q", [1, "a"]))
print("{{literal}} {}".format(5), "{0}{0}".format([7, 8]))
print("{:{w}.{p}f}".format(2.718281828, w=10, p=3))
