# The truth value of a variable that is an int or a float (0, -0.0, nan, 0.5) decides branches in
# compiled code as in CPython.
def truth(n):
    x = 0
    if n > 0:
        x = -0.0
    if n > 1:
        x = float("nan")
    if x:
        return "yes"
    return "no"


def tr(n):
    x = 0
    if n > 0:
        x = -0.0
    if n > 1:
        x = 0.5
    c = 0
    if x:
        c = 1
    return c


for k in range(300):
    tr(k % 3)
print(tr(0), tr(1), tr(2), truth(0), truth(1), truth(2))
