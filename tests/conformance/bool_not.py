# 'not' always yields a bool; precedence of not with comparisons and 'in' (not a in b).
print(not 0, not 1, not "", not "a", not [], not None, not not 5)
a = [1, 2]
print(not 1 in a, not 3 in a, not 1 == 2, not (1 and 0))
x = 0
if not x:
    print("x is falsy")
print(not x == 1 and x < 1)
