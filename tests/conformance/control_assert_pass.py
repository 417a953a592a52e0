# assert statements that hold have no effect; their message expression is not evaluated.
def boom():
    print("must not be called")
    return "msg"
x = 5
assert x == 5
assert x > 0, boom()
assert [1], "non-empty list is true"
print("all asserts passed")
