# expect: OverflowError
# A product that leaves int64 raises OverflowError in fastjit (CPython would grow); last statement.
a = 3037000500
print(a * 3037000499)
b = a * a
