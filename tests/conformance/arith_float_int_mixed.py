# Mixed int/float arithmetic promotes to float; results that are whole still print with .0.
print(1 + 2.0, 3 * 1.5, 7 - 0.5, 10 / 4, 9 // 2.0, 9 % 2.5, 2 ** 3.0)
print(True + 1.5, 1.0 * 0, 0 * -1.0, -0 * 1.0)
n = 0
n += 0.5
print(n)
n = 3
n *= 1.0
print(n)
n = 10
n /= 5
print(n)
