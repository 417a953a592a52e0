# A function redefined under the same name (and the first one kept under another name): each name
# calls its own code, compiled or not.
def f(x):
    return x + 1


g = f


def f(x):
    return x * 100


print(g(2), f(2), g(3), f(3))
