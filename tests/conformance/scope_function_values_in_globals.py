# Global variables holding functions, rebound between calls; calls through them see the current binding.
def inc(x):
    return x + 1
def dec(x):
    return x - 1
op = inc
def use(v):
    return op(v)
print(use(10))
op = dec
print(use(10))
table = [inc, dec, inc]
print([f(0) for f in table], [f.__name__ for f in table])
