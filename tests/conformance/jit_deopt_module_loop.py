# Module-level loops (compiled on their own once hot) meet a row whose storage changed and a call
# whose compiled callee came back with a result of another type: they leave for the interpreter
# there. The rows change through a global aliasing the compiled function's argument.
def poke(i):
    shared[i][0] = 2.5


def total(g, touch):
    s = 0
    for i in range(len(g)):
        if touch and i == 1:
            poke(1)
        for x in g[i]:
            s += x
    return s


g = [[1, 2], [3, 4], [5, 6]]
shared = g
s = 0
for k in range(3000):
    for i in range(len(g)):
        if k == 2500 and i == 1:
            poke(2)
        for j in range(len(g[i])):
            s += g[i][j]
print(s)
acc = 0
for k in range(3000):
    shared = [[k, 1], [2, 3], [4, 5]]
    t = total(shared, k == 2600)
    acc += t * 2
print(acc)
