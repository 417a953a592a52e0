# NameError: name 'undefined_name' is not defined.
x = 1
print(x)
print(undefined_name)
