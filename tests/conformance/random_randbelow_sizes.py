# randrange across bit sizes (1 to 63 bits): exercises CPython's getrandbits/_randbelow rejection loop.
import random
random.seed(2)
out = []
for bits in range(1, 64, 4):
    out.append(random.randrange(2 ** bits - 1))
print(out)
print([random.randrange(3) for i in range(15)])
print([random.randint(0, 1) for i in range(20)])
