# while/else: the else block runs when the condition becomes false, not after break.
i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
j = 0
while j < 10:
    if j == 4:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else of a loop that never ran")
