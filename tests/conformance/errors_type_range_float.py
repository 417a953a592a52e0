# TypeError: 'float' object cannot be interpreted as an integer (range with a float bound).
print(list(range(3)))
for i in range(2.5):
    print(i)
