# ValueError from randint with lo > hi.
import random
random.seed(1)
print(random.randint(1, 2))
print(random.randint(5, 1))
