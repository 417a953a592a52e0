# TypeError: can't multiply sequence by non-int of type 'float'.
print([0] * 2)
print([0] * 2.0)
