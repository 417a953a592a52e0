# A parameter shadows a global of the same name; a function with a docstring returns normally.
x = "global"
def f(x):
    """Returns its argument."""
    return x
print(f("param"), x)
def g():
    return x
print(g())
