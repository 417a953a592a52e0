# A module-level loop whose variables change type as it runs: an int that becomes a float, a
# value that becomes a string and back, a list rebound to one of another element type, and the
# loop variable read after the loop (and after a loop that did not run).
acc = 0
for i in range(100):
    if i == 50:
        acc = acc * 1.0
    acc += i
print(acc, i)
label = 0
for i in range(6):
    if i % 2 == 0:
        label = "even"
    else:
        label = i
    print(label, end=" ")
print()
data = [1, 2, 3]
s = 0
for r in range(4):
    for v in data:
        s += v
    if r == 1:
        data = [0.5, 0.25]
    if r == 2:
        data = [1j]
print(s, data)
for j in range(0):
    pass
k = 7
for k in range(0):
    pass
print(k)
