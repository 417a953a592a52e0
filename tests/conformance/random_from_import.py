# from random import names; a seeded Monte Carlo estimate of pi with those functions.
from random import seed, random, randint
seed(0)
inside = 0
n = 10000
for i in range(n):
    x = random()
    y = random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n, randint(1, 100))
