# TypeError: can only concatenate str (not "int") to str.
s = "n="
print(s + str(5))
print(s + 5)
