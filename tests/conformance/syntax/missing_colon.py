# A missing ':' after an if condition is a SyntaxError; nothing runs, not even earlier prints.
print("never printed")
x = 3
if x > 1
    print(x)
