# A list that contains itself prints as [...] at the point of recursion.
a = [1, 2]
a.append(a)
print(a)
b = [a]
print(b, len(a))
