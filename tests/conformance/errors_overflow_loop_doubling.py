# expect: OverflowError
# Doubling in a loop until the int leaves int64: every value printed before the overflow must match.
x = 1
for i in range(70):
    print(i, x)
    if i == 62:
        x = x * 2
        break
    x = x * 2
