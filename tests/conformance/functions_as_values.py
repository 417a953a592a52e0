# Functions as values: stored in variables and lists, passed as arguments, returned, called through any of them.
def double(x):
    return 2 * x
def square(x):
    return x * x
def apply(f, v):
    return f(v)
def pick(name):
    if name == "d":
        return double
    return square
ops = [double, square, abs]
print([op(-3) for op in ops], apply(square, 5), pick("d")(21), pick("s")(4))
f = double
print(f(10), f(1), f.__name__)
g = len
print(g("four"), apply(g, [1, 2]))
