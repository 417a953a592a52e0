# A **kwargs parameter is refused.
# refused: variadic keyword parameters ('**options') are not supported by fastjit
# at: 4:21
def configure(name, **options):
    return name
print(configure("x"))
