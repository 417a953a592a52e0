# ValueError: factorial() not defined for negative values.
from math import factorial
print(factorial(5))
print(factorial(-1))
