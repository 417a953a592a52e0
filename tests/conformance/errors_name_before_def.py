# NameError: calling a function at module level before its def statement has run.
print("start")
print(later(1))
def later(x):
    return x
