# range loops with computed and negative bounds and steps, counting down to zero and empty ranges.
n = 5
for i in range(n - 1, -1, -1):
    print(i, end=" ")
print()
for i in range(-n, n, n // 2):
    print(i, end=" ")
print()
count = 0
for i in range(n, n):
    count += 1
for i in range(0, -n):
    count += 1
print(count)
step = -2
print([i for i in range(10, 1, step)], [i for i in range(len("abc"))])
