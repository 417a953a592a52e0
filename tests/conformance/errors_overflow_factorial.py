# expect: OverflowError
# math.factorial(21) exceeds int64: OverflowError in fastjit, CPython grows the int.
import math
print(math.factorial(20))
f = math.factorial(21)
