# A module-level assignment to a builtin's name (len = 5) changes what functions see: the next call fails with TypeError.
def f():
    return len([1, 2])
print(f())
len = 5
print(len)
print(f())
