# random.random() after random.seed with several integer seeds (0, 1, 42, negative, large): CPython's exact MT19937 stream.
import random
for s in [0, 1, 42, 12345, -5, 4611686018427387904, 9223372036854775807]:
    random.seed(s)
    print(s, random.random(), random.random(), random.random())
random.seed(0)
a = [random.random() for i in range(5)]
random.seed(0)
b = [random.random() for i in range(5)]
print(a == b, a)
