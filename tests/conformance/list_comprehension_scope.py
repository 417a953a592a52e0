# A comprehension's loop variable does not leak into the enclosing scope; it can read enclosing names.
x = "outer"
k = 10
ys = [x + k for x in range(3)]
print(ys, x)
def f(n):
    return [i * n for i in range(n)]
print(f(3))
