# Indentation: blocks at different depths, dedent by several levels at once, blank lines inside blocks.
def f(n):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            if i % 3 == 0:
                total += 100

            total += 1
    return total


print(f(10))
if True:
        print("eight spaces")
        if True:
          print("ten")
print("back")
