# A global read by a function changes value and type between calls (int, float, str, list): each call sees the current one.
g = 1
def read():
    return g * 2
print(read())
g = 2.5
print(read())
g = "ab"
print(read())
g = [0]
print(read())
def set_g(v):
    global g
    g = v
set_g(10)
print(read(), g)
