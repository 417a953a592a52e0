# expect: OverflowError
# Negating the minimum int64 overflows; so does abs() of it. Here: unary minus, in a loop.
m = -9223372036854775807 - 1
print(m)
for i in range(3):
    print(i)
    if i == 2:
        y = -m
