# random.uniform and random.randint compiled as direct calls on the shared generator, mixed
# with random.random and interpreted calls: the stream must be CPython's for the same seed.
import random


def draws(n):
    s = 0.0
    k = 0
    for i in range(n):
        s += random.uniform(-1.5, 2.5) + random.uniform(3, 10) + random.uniform(2, 0.5)
        k += random.randint(1, 6) + random.randint(-10 ** 12, 10 ** 12) % 1000
        if i % 7 == 0:
            s += random.random()
    return s, k


random.seed(12345)
print(draws(5000))
print(random.random(), random.randint(0, 100), random.uniform(1, 2))
random.seed(99)
print(draws(3))
print(draws(0), random.randrange(7))
