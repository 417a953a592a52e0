# Assignment inside a function makes the name local for the whole function; the global is untouched.
x = 1
def f():
    x = 2
    return x
print(f(), x)
def g(y):
    y += 1
    return y
y = 10
print(g(y), y)
def h():
    for x in range(3):
        pass
    return x
print(h(), x)
