# A def inside a function (a closure) is refused at the inner 'def'.
# refused: nested functions ('def' inside a function) are not supported by fastjit
# at: 5:5
def outer(x):
    def inner(y):
        return x + y
    return inner(1)
print(outer(2))
