# expect: OverflowError
# abs(-2**63) in a compiled function.
def magnitude(x):
    return abs(x)


for k in range(100):
    r = magnitude(-k)
print(r, magnitude(-9223372036854775807))
r = magnitude(-9223372036854775807 - 1)
