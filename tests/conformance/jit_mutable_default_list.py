# A compiled function appending to its mutable default list: the default is shared across calls.
def collect(x, acc=[0]):
    acc.append(x)
    return len(acc)


for k in range(300):
    collect(k)
print(collect(5), collect(6, [1, 2]), collect(7))
