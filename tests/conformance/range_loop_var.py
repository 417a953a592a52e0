# The for variable of a range loop: rebinding it in the body does not change the iteration; it keeps its last value.
for i in range(5):
    print(i)
    i = i * 100
print(i)
for j in range(3, 0, -1):
    pass
print(j)
