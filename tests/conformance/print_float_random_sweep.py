# Shortest repr and five format specs of 1500 random floats spread over 60 decades (seeded): the float formatting core.
import random
random.seed(99)
out = []
for i in range(1500):
    e = random.randint(-30, 30)
    x = (random.random() - 0.5) * 10.0 ** e
    out.append(repr(x))
    out.append(f"{x:.3g}|{x:.6e}|{x:.2f}|{x:g}|{x:.12}")
print(len(out))
for s in out:
    print(s)
