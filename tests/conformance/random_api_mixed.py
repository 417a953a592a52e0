# The random API with negative steps, huge uniform bounds, gauss, a 100-element shuffle, bounds near 2**62, a negative seed.
import random
random.seed(123)
print([random.randrange(-50, 50, 7) for i in range(20)])
print([random.randrange(1000, -1000, -13) for i in range(20)])
print([random.uniform(-1e300, 1e300) for i in range(3)])
print([random.gauss(5, 0.1) for i in range(7)])
xs = list(range(100))
random.shuffle(xs)
print(xs)
print([random.choice(xs) for i in range(10)], random.randrange(2 ** 62, 2 ** 62 + 3))
random.seed(-123)
print(random.random(), random.randint(0, 9223372036854775806))
