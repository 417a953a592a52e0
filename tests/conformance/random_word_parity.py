# random() reads two 32-bit words; these loops (compiled) mix it with one-word draws (randrange(n)
# for n < 2**32 draws bit_length(n) bits, again when the value is n or more) and two-word draws
# (n < 2**64) so that random() starts at odd word indexes, at the last word before a twist (its two
# words straddle the twist) and right after reseeding mid-stream. Every value is printed exactly.
import random


def straddle(words):
    # `words` one-word draws (2**32 - 1 values: a redraw has odds 2**-32), then random(): after
    # 623 of them its pair is word 623 and word 0 of the next twist.
    for i in range(words):
        random.randrange(4294967295)
    return random.random()


def mixed(n, k):
    acc = 0.0
    bits = 0
    out = []
    for i in range(n):
        x = random.random()
        acc += x
        if i % 3 == 0:
            bits ^= random.randrange(k)
        if i % 7 == 0:
            bits += random.randint(0, 1000)
        if i % 50 == 0:
            out.append(x)
    return acc, bits, out


def reseeding(n):
    out = []
    for i in range(n):
        if i % 97 == 0:
            random.seed(i)
        if i % 5 == 0:
            random.randrange(100)
        out.append(random.random())
    return out


random.seed(2024)
print(straddle(623), straddle(1), straddle(0), straddle(311))
random.seed(7)
print(straddle(622), straddle(623), random.random())
random.seed(99)
print(mixed(2000, 2))
print(mixed(1500, 100000))
print(mixed(1500, 2 ** 33 + 5))
print(mixed(900, 2 ** 62 + 1))
r = reseeding(1000)
print(r[0], r[96], r[97], r[500], r[-1], sum(r))
random.seed(5)
for i in range(623):
    random.randrange(10)
print(random.random(), random.random(), random.gauss(0.0, 1.0), random.random())
random.seed(6)
print([random.random() if i % 2 else random.randint(1, 6) for i in range(20)])
