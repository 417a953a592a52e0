# list + list in compiled functions builds a new list (a + a included), whatever the storage.
def cat(a, b):
    c = a + b
    c[0] = c[-1]
    return c


for k in range(300):
    cat([1, 2], [3])
a = [1.5]
print(cat(a, a), a, cat([1], [2]), cat([1j], [2j]))
