# IndexError: Cannot choose from an empty sequence.
import random
random.seed(1)
print(random.choice([1]))
print(random.choice([]))
