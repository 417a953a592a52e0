# A global counter updated by a recursive function, and a global list mutated without a global statement.
calls = 0
log = []
def walk(n):
    global calls
    calls += 1
    log.append(n)
    if n > 0:
        walk(n - 1)
walk(4)
print(calls, log)
