# bytes literals are refused.
# refused: bytes literals are not supported by fastjit
# at: 4:8
data = b"abc"
print(len(data))
