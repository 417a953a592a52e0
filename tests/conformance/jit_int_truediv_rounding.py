# int / int in a compiled function is correctly rounded even when the operands exceed 2**53.
def div(a, b):
    return a / b


for k in range(1, 300):
    div(k, 7)
print(div(9007199254740993, 1), div(9007199254740993, 3), div(-9223372036854775807, 3))
print(div(9223372036854775807, 9223372036854775806), div(1, 3), div(-7, 2), div(10**18 + 1, 10**9))
