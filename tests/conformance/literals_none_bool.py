# The constants None, True and False: their printing, repr and identity.
print(None, True, False)
print(repr(None), repr(True), str(False))
x = None
print(x is None, x is not None)
print([None, True, False])
print((True, None))
