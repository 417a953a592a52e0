# A tuple holding a list: the list inside can still be mutated, and the tuple shows the change.
lst = [1]
t = (lst, 2)
lst.append(3)
t[0].append(4)
print(t, len(t[0]))
