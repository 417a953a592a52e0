# The empty dict display {} is refused.
# refused: dict displays are not supported by fastjit
# at: 4:10
counts = {}
print(counts)
