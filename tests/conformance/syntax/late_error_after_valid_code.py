# A syntax error near the end of a long valid program: CPython compiles first, so nothing is printed.
def f(n):
    return n * 2
for i in range(5):
    print(f(i))
print("still nothing")
while True:
    break
y = [1, 2, 3]
print(y[0] +)
