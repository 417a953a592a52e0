# NameError when a conditionally assigned name was never bound.
if False:
    maybe = 1
print("checking")
print(maybe)
