# ZeroDivisionError from float / 0: "float division by zero" (no inf, unlike C).
print(1.0 / 2)
print(1.0 / 0)
