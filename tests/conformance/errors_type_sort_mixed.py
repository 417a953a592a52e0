# TypeError from sorting a list that mixes str and int.
print(sorted([3, 1, 2]))
print(sorted([3, "1", 2]))
