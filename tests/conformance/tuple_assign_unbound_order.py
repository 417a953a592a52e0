# `x, y = y, x` reads both values before any store: with y never assigned the error is
# UnboundLocalError for y, raised before x is stored.
def f(flag):
    x = 1
    if flag:
        y = 2
    x, y = y, x
    return x, y


print(f(True))
print(f(False))
