# OverflowError from round(inf).
print(round(2.5))
print(round(float("-inf")))
