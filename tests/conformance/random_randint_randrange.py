# randint and randrange (one, two and three arguments, negative steps, large bounds) follow CPython's _randbelow.
import random
random.seed(7)
print([random.randint(1, 6) for i in range(20)])
print([random.randrange(10) for i in range(10)])
print([random.randrange(5, 15) for i in range(10)])
print([random.randrange(0, 100, 7) for i in range(10)])
print([random.randrange(10, 0, -3) for i in range(10)])
print([random.randint(-5, 5) for i in range(10)])
print(random.randrange(1000000000000000000), random.randrange(9223372036854775807), random.randint(0, 2 ** 32))
print(random.randrange(1), random.randint(3, 3), random.randrange(2 ** 31), random.randrange(2 ** 32), random.randrange(2 ** 32 + 1))
