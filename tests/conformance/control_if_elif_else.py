# if/elif/else chains: first true branch wins, conditions of any type use truthiness, nested ifs.
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 10, 2.5]:
    print(v, classify(v))
for v in [[], [0], "", "a", None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if 1:
    if 0:
        print("no")
    elif 2:
        print("nested elif")
