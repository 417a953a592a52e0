# Reseeding reproduces the same mixed sequence of calls exactly.
import random
def draw():
    return [random.random(), random.randint(1, 10 ** 9), random.randrange(3, 30, 3), random.uniform(0, 1), random.choice("xyz")]
random.seed(11)
a = draw()
random.seed(11)
b = draw()
print(a == b)
print(a)
