# AssertionError with a message built at run time.
def check(v):
    assert v >= 0, "negative value: " + str(v)
    return v
print(check(1))
print(check(-2))
