# A class statement (Tier 2) is refused before anything runs: nothing is printed.
# refused: 'class' statements are not supported by fastjit
# at: 5:1
print("never printed")
class Point:
    def __init__(self, x):
        self.x = x
print(Point(1).x)
