# A compiled function reads a variable assigned only on one branch; on the other path it is
# UnboundLocalError.
def pick(c):
    if c:
        y = 1.5
    return y


for k in range(300):
    pick(True)
print(pick(True))
print(pick(False))
