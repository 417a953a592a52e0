# Conditional expressions: evaluation of only the chosen branch, nesting, and precedence with 'or'.
def t(x):
    print("eval", x)
    return x
a = 5
print("big" if a > 3 else "small", "big" if a > 9 else "small")
print(t(1) if True else t(2))
print(t(1) if False else t(2))
x = 1 if a < 0 else 2 if a < 10 else 3
print(x)
y = 0 or 7 if a else 9
print(y)
print([i if i % 2 else -i for i in range(5)])
