# A ZeroDivisionError three calls deep: the traceback has one line per frame; output before it is kept.
def inner(n):
    return 10 // n
def middle(n):
    print("middle", n)
    return inner(n - 1)
def outer(n):
    return middle(n) + 1
print(outer(3))
print(outer(1))
