# Floor division and modulo round toward negative infinity for every sign combination.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3, 7]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 3, 7 % -3, -7 % -3)
