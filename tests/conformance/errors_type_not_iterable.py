# TypeError: 'int' object is not iterable, from a for loop over an int.
print("loop")
for x in 5:
    print(x)
