# for/else: else runs after exhaustion (including an empty sequence) but not after break; a search idiom.
def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            print("found at", i)
            break
    else:
        print("not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
