# int(inf) in a compiled function: OverflowError cannot convert float infinity to integer.
def conv(x):
    return int(x)


for k in range(300):
    conv(k * 0.5)
print(conv(float("inf")))
