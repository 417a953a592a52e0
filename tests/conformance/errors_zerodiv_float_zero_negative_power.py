# ZeroDivisionError from 0.0 ** -2.
print(0.0 ** 2)
print(0.0 ** -2)
