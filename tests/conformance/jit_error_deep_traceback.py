# An error raised deep inside functions that have been called (and compiled) many times: the
# traceback lists every frame with its line, as the interpreter and CPython print it.
def leaf(xs, i):
    return xs[i] * 2


def middle(xs, n):
    s = 0
    for i in range(n):
        s += leaf(xs, i)
    return s


def outer(xs, n):
    return middle(xs, n) + 1


values = [1, 2, 3, 4]
acc = 0
for k in range(300):
    acc += outer(values, 4)
print(acc)
print(outer(values, 5))
