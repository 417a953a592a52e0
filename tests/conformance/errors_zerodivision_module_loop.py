# An exception raised inside a hot top-level loop (after output): the traceback names the line in
# the loop, and the line in the function the loop called.
def inverse(d):
    return 100 // d


print("start")
total = 0
for i in range(10, -1, -1):
    total += inverse(i)
print("never", total)
