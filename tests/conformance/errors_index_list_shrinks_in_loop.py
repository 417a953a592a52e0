# range(len(a)) is computed once: popping inside the loop makes a later a[i] fail with IndexError.
a = [1, 2, 3, 4, 5]
for i in range(len(a)):
    print(i, a[i])
    if i == 1:
        a.pop()
        a.pop()
