# Variables assigned in loops and ifs remain bound after the block, at module level and in functions.
for i in range(3):
    last = i * 2
print(i, last)
def f():
    while True:
        inner = "set in loop"
        break
    return inner
print(f())
if True:
    made_in_if = 5
print(made_in_if)
