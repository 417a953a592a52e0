# An error in module-level code inside a loop, after several iterations of output.
values = [4, 2, 1, 0, 5]
for v in values:
    print(12 // v)
