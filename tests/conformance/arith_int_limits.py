# Values at the edges of int64 that do not overflow: max, min, and operations landing exactly on them.
mx = 9223372036854775807
mn = -9223372036854775807 - 1
print(mx, mn)
print(mx - 1 + 1, mn + 1 - 1)
print(mn + mx, mx + mn)
print(mn // 2, mn % 7, mx // -1, mx % -2)
print(-mx, mn // 1, mn * 1, 4611686018427387904 * -2)
print(3037000499 * 3037000499)
print(mx // 3037000499, mx % 3037000499)
print(abs(mn + 1), abs(-mx))
