# A row of a list of lists changes from int to float storage while a compiled function reads it
# (the change is made by a function it calls): the rest of the call continues in the
# interpreter, and the sum, inferred int, comes back a float.
def poke(g, i):
    g[i][0] = 2.5


def total_iter(g):
    s = 0
    for i in range(len(g)):
        if i == 1:
            poke(g, 1)
        for x in g[i]:
            s += x
    return s


def total_index(g):
    s = 0
    for i in range(len(g)):
        if i == 2:
            poke(g, 2)
        for j in range(len(g[i])):
            s += g[i][j]
    return s


print(total_iter([[1, 2], [3, 4], [5, 6]]))
print(total_index([[1, 2], [3, 4], [5, 6]]))
# Again with rows that stay int: the compiled code is still used.
print(total_index([[7, 8], [9, 10], [11, 12]]))
for k in range(3):
    print(total_iter([[k, 1], [2, 3], [4, 5]]))
