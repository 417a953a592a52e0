# UnboundLocalError when the only assignment to a local is on a branch that did not run.
def f(flag):
    if flag:
        v = 1
    return v
print(f(True))
print(f(False))
