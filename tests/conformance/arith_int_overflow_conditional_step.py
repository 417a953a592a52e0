# expect: OverflowError
# `if c: n += k` compiled without a branch (c ? k : 0 is added) still raises OverflowError exactly
# when the step is taken and leaves int64: here the eighth step, in the loop's last iteration (the
# overflowing statement is the last one executed; CPython prints only what comes before it).
def grow(n):
    big = 9223372036854775800
    for i in range(n):
        if i % 2 == 1:
            big += 1
        if i % 4 == 3 and i < 15:
            print("at", i, big)
    return big


print("before")
grow(16)
