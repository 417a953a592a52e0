# A compiled function given a parameter both by position and by keyword: TypeError.
def f(a, b=2):
    return a + b


for k in range(300):
    f(k)
print(f(1, a=2))
