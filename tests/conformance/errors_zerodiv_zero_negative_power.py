# ZeroDivisionError from 0 ** -1: "0.0 cannot be raised to a negative power".
print(2 ** -1)
print(0 ** -1)
