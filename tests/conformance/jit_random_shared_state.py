# random.random() called from compiled code and from the interpreter draws from one generator: the
# sequence is CPython's for the seed.
import random


def draw(n):
    s = 0.0
    for i in range(n):
        s += random.random()
    return s


random.seed(12345)
a = draw(100)
b = random.random()
c = draw(1000)
print(a, b, c, random.random(), random.randint(1, 100))
