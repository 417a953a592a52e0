# Chained comparisons: 0 <= i < n, a < b > c, each middle operand evaluated once, short-circuit on False.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
n = 5
for i in [-1, 0, 4, 5]:
    print(i, 0 <= i < n)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 == 2 < 3 != 4, 2 == 2 != 2)
