# for/else and while/else with break, and chained comparisons over mixed types, in compiled
# functions.
def search(xs, t):
    for i in range(len(xs)):
        if xs[i] == t:
            break
    else:
        return -1
    return i


def w(n):
    i = 0
    while i < n:
        i += 3
        if i == 9:
            break
    else:
        i = -i
    return i


def chain(a, b, c):
    return a < b < c, a <= b == c, a != b != c, 0 <= a < 10


for k in range(300):
    search([1, 2, 3], k % 5)
    w(k % 12)
    chain(k, 2.5, 3)
print(search([1, 2, 3], 3), search([1.5, 2.5], 3), search([1.5, 2.5], 1.5), search([1, 2], 2.0))
print(w(9), w(10), w(4), w(0), chain(1, 2, 3), chain(1, 1.0, 1), chain(3, 2.5, 3.0), chain(float("nan"), 1, 2))
