# A row of a list of lists changes from int to float storage while a compiled function reads it:
# the change is made by a function it calls, through a global that aliases the argument (so the
# compiled code cannot see it). The rest of the call continues in the interpreter, and the sum,
# inferred int, comes back a float.
def poke(i):
    shared[i][0] = 2.5


def total_iter(g):
    s = 0
    for i in range(len(g)):
        if i == 1:
            poke(1)
        for x in g[i]:
            s += x
    return s


def total_index(g):
    s = 0
    for i in range(len(g)):
        if i == 2:
            poke(2)
        for j in range(len(g[i])):
            s += g[i][j]
    return s


shared = [[1, 2], [3, 4], [5, 6]]
print(total_iter(shared))
shared = [[1, 2], [3, 4], [5, 6]]
print(total_index(shared))
for k in range(3):
    shared = [[k, 1], [2, 3], [4, 5]]
    print(total_iter(shared), total_index([[7, 8], [9, 10], [11, 12]]))
