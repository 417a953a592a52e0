# In a, b = b, a + b the right side is evaluated fully before any target is assigned; targets left to right.
a, b = 0, 1
for i in range(10):
    a, b = b, a + b
print(a, b)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
