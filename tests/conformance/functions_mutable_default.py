# A mutable default value is created once and shared by the calls that do not pass the argument.
def f(x, acc=[]):
    acc.append(x)
    return len(acc)
print(f(1), f(2), f(3, []), f(4))
