# An error raised by a compiled callee inside the loop of a compiled caller: the traceback has
# both frames.
def leaf(x):
    return 10 // x


def mid(xs):
    s = 0
    for x in xs:
        s += leaf(x)
    return s


for k in range(300):
    mid([1, 2, 5])
print(mid([1, 2, 5]))
print(mid([3, 0, 1]))
