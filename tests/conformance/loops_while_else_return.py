# return from inside a while loop skips its else; a return inside the else block runs when the loop ends normally.
def f(n):
    while n > 0:
        n -= 1
        if n == 5:
            return "hit"
    else:
        return "else"
print(f(10), f(3))
