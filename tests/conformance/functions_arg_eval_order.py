# Arguments are evaluated left to right before the call; keyword arguments too.
def show(x):
    print("arg", x)
    return x
def f(a, b, c=0):
    return a + b + c
print(f(show(1), show(2), c=show(3)))
print([show(i) for i in range(2)], show("last"))
