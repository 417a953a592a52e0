# round(x, n) rounds the exact decimal value of x (not x * 10**n), returning a float; negative n too.
for v in [2.675, 1.005, 0.125, 0.375, 2.5, -2.675, 1234.5678, 0.0, -0.0, 1e300]:
    print(v, round(v, 2), round(v, 0), round(v, -2), round(v, 1))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2))
print(round(7, 2), round(-7, 0), round(0.5, 0), round(1.5, 0), round(123.456, 5), round(0.1, 20))
