# An error several frames deep, reached from a loop, after output from each iteration.
def leaf(v):
    return [1, 2, 3][v]
def branch(v):
    return leaf(v) * 2
for i in range(5):
    print(i, branch(i))
