# A function redefined under the same name: each `def` is its own function with its own compiled
# specializations (machine-code symbols must not collide), and callers see the current binding.
def helper(x):
    return x + 1


for i in range(3):
    print(helper(i))


def helper(x):
    return x - 1


for i in range(3):
    print(helper(i))
