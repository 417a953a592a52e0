# round() with and without ndigits and 'f' formatting on 1000 random floats (seeded).
import random
random.seed(8)
for i in range(1000):
    x = random.uniform(-1000, 1000)
    n = random.randint(-3, 6)
    print(round(x, n), round(x), f"{x:.{n if n > 0 else 0}f}", round(x * 1e-9, n + 9))
