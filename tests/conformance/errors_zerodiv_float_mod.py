# ZeroDivisionError from float % 0: "float modulo".
print(5 % 2.0)
print(5.0 % 0)
