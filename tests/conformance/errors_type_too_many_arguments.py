# TypeError: f() takes 2 positional arguments but 3 were given.
def f(a, b=1):
    return a + b
print(f(1))
print(f(1, 2, 3))
