# A deoptimization deep in nested loops, after which the interpreter raises: the traceback is
# the one CPython prints (the compiled caller's line included).
def poke():
    shared[2][1] = 1.5


def inner(g, limit):
    s = 0
    for i in range(len(g)):
        for j in range(len(g[i])):
            if i == 1 and j == 1:
                poke()
            s += g[i][j]
            if s > limit:
                s = s // 0
    return s


def outer(limit):
    global shared
    shared = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    t = inner(shared, limit)
    print("got", t)
    return t * 2


print(outer(100))
print(outer(30))
