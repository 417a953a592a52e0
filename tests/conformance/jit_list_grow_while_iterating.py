# A compiled for loop over a list that its own body appends to: the iteration sees the new
# elements, even after the storage is reallocated.
def grow(xs):
    n = 0
    for x in xs:
        if x < 5000:
            xs.append(x * 2 + 1)
        n += 1
    return n


for k in range(50):
    ys = [1, 2, 3]
    r = grow(ys)
print(r, len(ys), ys[-1], sum(ys))
