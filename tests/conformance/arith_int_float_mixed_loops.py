# Running sums mixing int steps and float scales; the classic `x += 0.1` drift printed with repr.
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
total = 0
for i in range(1, 11):
    total += 1 / i
print(total)
prod = 1
for i in range(1, 21):
    prod *= i
print(prod, prod / 3, prod // 7, prod % 1000007)
