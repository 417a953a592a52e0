# ZeroDivisionError from int / 0: "division by zero", after output that must be kept.
print("start")
a = 1
b = 0
print(a / b)
