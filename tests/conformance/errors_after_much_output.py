# An error after many lines of output: all of it must reach stdout before the traceback.
for i in range(500):
    print("line", i)
a = []
print(a[0])
