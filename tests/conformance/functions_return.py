# return: with a value, with a tuple, bare return and falling off the end both give None; early returns in loops.
def none1():
    return
def none2():
    x = 1
def pair(a, b):
    return a + b, a * b
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return -1
print(none1(), none2(), pair(3, 4), first_even([1, 3, 6, 8]), first_even([1]))
s, p = pair(5, 6)
print(s, p)
