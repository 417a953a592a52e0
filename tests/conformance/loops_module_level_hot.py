# A hot loop at module level (no function): sums over a large range with int and float accumulators.
total = 0
ftotal = 0.0
for i in range(300000):
    total += i * i % 7
    ftotal += i * 0.5
print(total, ftotal)
j = 0
k = 0
while j < 100000:
    k ^= j
    j += 1
print(j, k)
