# append, extend (with lists, tuples, strings, ranges) and insert at front, middle, end, negative and out-of-range positions.
a = []
a.append(1)
a.append([2])
a.extend([3, 4])
a.extend((5,))
a.extend("ab")
a.extend(range(2))
print(a, len(a))
b = [1, 2, 3]
b.insert(0, "front")
b.insert(2, "mid")
b.insert(100, "end")
b.insert(-1, "neg")
b.insert(-100, "very neg")
print(b)
r = b.append(9)
print(r)
c = [1, 2]
c.extend(c)
print(c)
