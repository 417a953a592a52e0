# NameError raised inside a function for a misspelled global.
total = 5
def f():
    return totl + 1
print(total)
print(f())
