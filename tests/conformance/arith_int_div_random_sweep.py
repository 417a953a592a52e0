# //, %, / and int/float comparisons on 1000 random int64 pairs of every magnitude and sign (seeded).
import random
random.seed(5)
for i in range(1000):
    a = random.randrange(-4611686018427387903, 4611686018427387903) * 2
    b = random.randrange(1, 2 ** random.randint(1, 62))
    if random.random() < 0.5:
        b = -b
    print(a // b, a % b, a / b, a == a / b * b, a < float(a), round(a / b, 3))
