# expect: OverflowError
# Powers of three in a function loop: 3**0 .. 3**39 print, then 3**40 overflows int64 at the loop's last statement.
def powers():
    x = 1
    for i in range(40):
        print(i, x)
        x *= 3
powers()
