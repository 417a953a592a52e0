# IndexError in a loop that runs one step too far, after printing the valid elements.
a = [10, 20, 30]
i = 0
while i <= len(a):
    print(a[i])
    i += 1
