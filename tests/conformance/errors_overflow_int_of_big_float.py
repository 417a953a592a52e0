# expect: OverflowError
# int(1e19) does not fit int64: fastjit raises OverflowError (CPython makes a big int).
print(int(9.2e18))
big = int(1e19)
