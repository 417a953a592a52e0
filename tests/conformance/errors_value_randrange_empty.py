# ValueError: empty range for randrange().
import random
random.seed(1)
print(random.randrange(3))
print(random.randrange(0))
