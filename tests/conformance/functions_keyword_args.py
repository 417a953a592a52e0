# Calls with keyword arguments in any order, mixed with positional ones.
def box(width, height, depth=1):
    return width * 100 + height * 10 + depth
print(box(1, 2), box(height=2, width=1), box(1, depth=5, height=3), box(width=4, height=0, depth=0))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("A"), greet("B", punct="?"), greet(greeting="Hi", name="C"))
