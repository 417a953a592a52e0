# A long seeded stream: 2000 random() values and 2000 randrange() values summarised exactly.
import random
random.seed(12345)
vals = [random.random() for i in range(2000)]
print(vals[0], vals[999], vals[-1], sum(vals), min(vals), max(vals))
ints = [random.randrange(1000) for i in range(2000)]
print(ints[:10], sum(ints), max(ints))
deck = list(range(52))
random.shuffle(deck)
print(deck)
