# A function called many times with ints, then with floats, then with complex and mixed arguments.
def poly(x, y):
    return x * x + 3 * x * y - y
acc = 0
for i in range(1000):
    acc += poly(i, i + 1)
print(acc)
facc = 0.0
for i in range(1000):
    facc += poly(i * 0.5, 1.5)
print(facc)
print(poly(1j, 2), poly(2, 0.5), poly(True, False), poly(-3, 2.0))
