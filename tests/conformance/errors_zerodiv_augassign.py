# ZeroDivisionError raised by an augmented assignment inside a loop, after some iterations printed.
total = 100
for d in [5, 2, 0, 1]:
    total //= d
    print(total)
