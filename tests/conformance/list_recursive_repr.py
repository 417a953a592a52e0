# Lists and tuples that contain themselves through each other print [...] at the point of recursion.
a = [1]
b = (a, [a, (a,)])
a.append(b)
print(a)
print(b)
c = []
d = [c, c]
c.append(d)
print(d)
