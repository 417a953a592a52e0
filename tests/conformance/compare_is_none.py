# 'is' and 'is not' with None, and comparing the result of a function without return to None.
def nothing():
    pass
r = nothing()
z = 0
print(r is None, r is not None, None is None, z is None, [] is not None)
x = 5
if x is not None:
    print("x is set")
print(nothing() is None)
