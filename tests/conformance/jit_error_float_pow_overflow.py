# float ** int in a compiled function: ordinary powers, then one whose result overflows
# (OverflowError: Numerical result out of range).
def pw(x, n):
    return x ** n


for k in range(300):
    pw(k * 0.5, 2)
print(pw(2.0, 10), pw(2.0, -2), pw(-2.0, 3), pw(0.0, 0), pw(1.5, 0))
print(pw(10.0, 400))
