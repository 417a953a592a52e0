# Identifiers: underscores, digits, names that contain keywords, and names like builtins' that are shadowed locally.
_x = 1
x_1 = 2
__y = 3
iffy = 4
format_ = 5
True_ = 6
not_in = 7
print(_x, x_1, __y, iffy, format_, True_, not_in)
def ifelse(a):
    return a
print(ifelse(8))
