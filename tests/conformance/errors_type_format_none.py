# TypeError: unsupported format string passed to NoneType.__format__.
v = None
print(f"{v}")
print(f"{v:>5}")
