# Module-level loops (compiled on their own) meet a row whose storage changed and a call whose
# compiled callee came back with a result of another type: they leave for the interpreter there.
def poke(g, i):
    g[i][0] = 2.5


def total(g, touch):
    s = 0
    for i in range(len(g)):
        if touch and i == 1:
            poke(g, 1)
        for x in g[i]:
            s += x
    return s


g = [[1, 2], [3, 4], [5, 6]]
s = 0
for i in range(len(g)):
    if i == 1:
        poke(g, 2)
    for j in range(len(g[i])):
        s += g[i][j]
print(s)
acc = 0
for k in range(200):
    t = total([[k, 1], [2, 3], [4, 5]], k == 150)
    acc += t * 2
print(acc)
h = [[1, 2], [3, 4]]
for k in range(3):
    if k == 1:
        h[1] = 5
    for x in h[k]:
        print(x)
