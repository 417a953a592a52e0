# TypeError: f() got multiple values for argument 'a'.
def f(a, b=1):
    return a - b
print(f(5, b=2))
print(f(5, a=2))
