# Lists of bools in hot compiled code: the sieve of Eratosthenes (typed one-byte loads and stores),
# a grid of bool rows, iteration, comprehensions of comparisons, a module-level loop over a global
# bool list, and lists that stop being all-bool in the middle of a hot loop.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def count_true(flags):
    c = 0
    for f in flags:
        if f:
            c += 1
    return c


def flip_all(flags):
    for i in range(len(flags)):
        flags[i] = not flags[i]
    return flags


def evens(n):
    return [x % 2 == 0 for x in range(n)]


def life_step(grid):
    h = len(grid)
    w = len(grid[0])
    out = []
    for y in range(h):
        row = []
        for x in range(w):
            alive = 0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    if (dy != 0 or dx != 0) and grid[(y + dy) % h][(x + dx) % w]:
                        alive += 1
            row.append(alive == 3 or (alive == 2 and grid[y][x]))
        out.append(row)
    return out


def spoil(flags, at, value):
    # Stores a non-bool into a bool list inside a loop that reads it: the list becomes boxed.
    total = 0
    for i in range(len(flags)):
        if i == at:
            flags[i] = value
        total += flags[i]
    return total


def build(n):
    out = []
    for i in range(n):
        out.append(i % 3 == 0)
    return out


primes = sieve(100000)
print(len(primes), primes[:10], primes[-3:], sum(primes) % 1000003)
print(count_true(evens(1001)), count_true([True, 1, 0, False, 2]))
print(flip_all([True, False, False]))
print(evens(7))
g = [[False] * 6 for _ in range(6)]
g[1][2] = g[2][3] = g[3][1] = g[3][2] = g[3][3] = True
for _ in range(4):
    g = life_step(g)
for row in g:
    print("".join(["#" if c else "." for c in row]))
for k in range(3):
    b = build(10)
    print(spoil(b, 4 + k, [1, 2.5, None][k] if k < 2 else 7), b)
flags = [False] * 50
for i in range(0, 50, 7):
    flags[i] = True
hits = 0
for i in range(50):
    if flags[i]:
        hits += i
print(hits, flags.count(True), sum(flags))
flags[3] = 3
print(flags[:5], sum(flags))
