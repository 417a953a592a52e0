# Many print calls in a loop: output order and buffering must match, line by line.
for i in range(200):
    print(i, i * i, i % 7 == 0)
print("done")
