# Complex *, /, abs, powers, formatting and conjugate on 300 random operands (seeded).
import random
random.seed(31)
for i in range(300):
    a = complex(random.uniform(-10, 10), random.uniform(-10, 10))
    b = complex(random.uniform(-10, 10), random.uniform(-10, 10))
    print(a * b, a / b, abs(a), a ** 2, a ** 3, a - b, f"{a:.3f}", a.conjugate())
