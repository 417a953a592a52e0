# expect: OverflowError
# A left shift past bit 63 overflows int64 in fastjit (CPython grows the int).
print(1 << 62)
print(-1 << 63)
x = 1 << 63
