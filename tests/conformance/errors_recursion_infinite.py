# RecursionError from unbounded recursion: never a crash; output before it is kept.
def down(n):
    return down(n + 1)
print("going down")
down(0)
