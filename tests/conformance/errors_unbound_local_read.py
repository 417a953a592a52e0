# UnboundLocalError: reading a local before its assignment, though a global of that name exists.
x = 10
def f():
    print(x)
    x = 5
    return x
f()
