# A function's __name__ attribute, for user functions and through variables that hold them.
def alpha():
    return 1
def beta(x):
    return x
fs = [alpha, beta]
print(alpha.__name__, beta.__name__, [h.__name__ for h in fs])
other = alpha
print(other.__name__)
