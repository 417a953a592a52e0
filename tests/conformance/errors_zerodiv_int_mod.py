# ZeroDivisionError from int % 0: "integer modulo by zero".
def f(a, b):
    return a % b
print(f(7, 3))
print(f(7, 0))
