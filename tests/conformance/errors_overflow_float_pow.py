# OverflowError from a float power that overflows: (34, 'Numerical result out of range').
print(10.0 ** 300)
print(10.0 ** 400)
