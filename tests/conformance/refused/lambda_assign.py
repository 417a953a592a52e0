# A lambda expression is refused, with the position of the 'lambda' keyword.
# refused: 'lambda' expressions are not supported by fastjit
# at: 5:10
print("never printed")
square = lambda v: v * v
print(square(3))
