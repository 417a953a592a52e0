# Default parameter values: used when omitted, overridden positionally or by keyword, evaluated once at def time.
def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, 3, 4), f(1, c=5), f(a=0), f(1, c=6, b=7))
n = 10
def g(x=n):
    return x
n = 20
print(g(), g(1))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []), acc(4))
