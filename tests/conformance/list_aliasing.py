# Lists are shared references: assignment aliases, functions mutate their argument, += mutates in place, + makes a new list.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
def add_one(lst):
    for i in range(len(lst)):
        lst[i] += 1
add_one(a)
print(a, b)
c = a
c += [5]
print(a)
d = a
d = d + [6]
print(a, d)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for i in range(2)]
grid2[0][0] = 9
print(grid2)
