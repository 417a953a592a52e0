# choice from lists, strings and tuples; shuffle of a list in place (returns None), CPython's algorithm.
import random
random.seed(3)
print([random.choice([10, 20, 30]) for i in range(8)])
print([random.choice("abcdef") for i in range(8)], random.choice((1.5, 2.5)))
xs = list(range(10))
r = random.shuffle(xs)
print(r, xs)
words = ["a", "b", "c", "d", "e"]
random.shuffle(words)
print(words)
one = [1]
random.shuffle(one)
print(one, random.choice(range(100)))
