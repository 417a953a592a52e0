# The '@' matrix multiplication operator is refused.
# refused: the '@' (matrix multiplication) operator is not supported by fastjit
# at: 6:9
a = 2
b = 3
print(a @ b)
