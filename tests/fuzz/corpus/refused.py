class A:
    pass
try:
    x = {1: 2}
except ValueError:
    raise
f = lambda y: (z for z in y)
def g(*args, **kw):
    yield from args
import os
a[1:2] = b"x"
@dec
def h(): nonlocal q
