# An interpreted function calls a compiled recursive one: the depth limit counts both kinds of
# frames as CPython counts them.
def inner(n):
    if n == 0:
        return 0
    return inner(n - 1) + 1


def outer(n):
    s = str(n)
    return inner(n)


for k in range(100):
    inner(20)
print(outer(997))
print(outer(998))
