# ZeroDivisionError from int // 0: "integer division or modulo by zero".
x = 7
print("x is", x)
y = x // 0
