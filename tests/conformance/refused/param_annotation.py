# Parameter annotations are refused.
# refused: annotations are not supported by fastjit
# at: 4:8
def f(a: int):
    return a
print(f(1))
