# expect: OverflowError
# sum() of a list accumulates in int64: the running total overflowing raises OverflowError.
big = [4611686018427387904, 4611686018427387903]
print(sum(big))
s = sum(big + [1])
