# An else with no matching if is a SyntaxError.
x = 1
else:
    print(x)
