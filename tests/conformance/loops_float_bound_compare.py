# Loop conditions comparing an int counter with a float bound, and a float counter with an int bound.
i = 0
while i < 10.5:
    i += 3
print(i)
x = 0.0
n = 0
while x < 2:
    x += 0.1
    n += 1
print(n, x)
print([k for k in range(20) if k * 0.1 > 1])
