# 0.0 ** -1 in a compiled function: ZeroDivisionError.
def pw(x, n):
    return x ** n


for k in range(300):
    pw(k * 0.5 + 1, 2)
print(pw(0.0, -1))
