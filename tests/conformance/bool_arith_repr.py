# bools print as True/False, repr the same; str(True), int(True), float(False), and bools in containers.
print(True, False, repr(True), str(False), int(True), float(False), complex(True))
print([True, 1, 1.0], (False,), True + 0, -False)
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(f"{True}", f"{False!r}", "{}".format(True), f"{True:d}", f"{True:>6}")
print(True * "ab", [0] * True)
