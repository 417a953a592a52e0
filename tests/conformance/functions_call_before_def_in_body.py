# A function may call another defined later in the file, as long as the call happens after both defs ran.
def first():
    return second() + 1
def second():
    return 41
print(first())
