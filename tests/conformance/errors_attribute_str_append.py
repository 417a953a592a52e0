# AttributeError: 'str' object has no attribute 'append'.
s = "abc"
print(s)
s.append("d")
