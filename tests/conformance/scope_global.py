# The global statement: assigning a module variable from a function; reading globals without 'global'.
counter = 0
def inc():
    global counter
    counter += 1
def read():
    return counter * 10
inc()
inc()
print(counter, read())
def make():
    global created
    created = "new global"
make()
print(created)
