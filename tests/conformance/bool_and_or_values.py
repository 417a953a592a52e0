# 'and' and 'or' return one of their operands (not a bool) and short-circuit.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", [] or [1], None or 0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "x")
def t(x):
    print("called", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
x = None
y = x or [0]
print(y)
