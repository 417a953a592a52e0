# Shifts in a compiled function, including counts of 64 and more, then a negative count:
# ValueError.
def sh(a, b):
    return a >> b


for k in range(300):
    sh(k, 3)
print(sh(-5, 100), sh(5, 100), sh(-1, 64))
print(sh(1, -1))
