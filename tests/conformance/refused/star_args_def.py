# A *args parameter is refused at the '*'.
# refused: variadic parameters ('*args') are not supported by fastjit
# at: 4:11
def total(*args):
    return sum(args)
print(total(1, 2))
