# Evaluation order of assignment targets: augmented element assignment, chained targets, a call in the target, swaps.
x = [1, 2, 3]
x[-1] += x.pop(0)
print(x)
a = [0, 0]
i = 0
a[i] = i = 1
print(a, i)
calls = [0]
lst = [10]
def f():
    calls[0] += 1
    return lst
f()[0] += 5
print(lst, calls)
b = [1, 2]
b[0], b[1] = b[1], b[0]
print(b)
def g(v):
    print("g", v)
    return v
c = [0, 0, 0]
c[g(0)] = g(5)
print(c)
d = [[0]]
d[g(0)][g(0)] += g(1)
print(d)
