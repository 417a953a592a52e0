# Short-circuit evaluation: the right operand of and/or is not evaluated when the left decides.
calls = []
def f(name, value):
    calls.append(name)
    return value
r1 = f("a", 0) and f("b", 1)
r2 = f("c", 1) or f("d", 0)
r3 = f("e", 1) and f("f", 2) and f("g", 0) and f("h", 3)
r4 = f("i", 0) or f("j", "") or f("k", [])
print(r1, r2, r3, r4, calls)
if f("x", []) or f("y", [1]):
    print("branch taken", calls[-2:])
