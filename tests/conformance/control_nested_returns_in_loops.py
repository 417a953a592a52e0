# Returning from inside nested loops and from inside while/else and for/else blocks.
def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
def first_square_above(n):
    k = 0
    while k * k <= n:
        k += 1
    else:
        return k
print(first_square_above(50), first_square_above(0))
def scan(xs):
    for x in xs:
        if x < 0:
            break
    else:
        return "no negatives"
    return "negative found"
print(scan([1, 2]), scan([1, -2]))
