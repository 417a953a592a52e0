# Locals and globals named sum, max, list shadow the builtins only in their own scope.
def f(xs):
    sum = 0
    max = -1
    for x in xs:
        sum += x
        if x > max:
            max = x
    return sum, max
print(f([3, 9, 2]))
print(sum([1, 2]), max(4, 5))
list = [1, 2]
print(list)
