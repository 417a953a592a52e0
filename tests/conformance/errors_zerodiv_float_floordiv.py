# ZeroDivisionError from float // 0: "float floor division by zero".
v = 5.5
print(v // 2)
print(v // 0.0)
