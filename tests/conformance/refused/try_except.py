# try/except (Tier 2) is refused, even around code that is otherwise in the subset.
# refused: 'try' statements are not supported by fastjit
# at: 5:1
print("never printed")
try:
    x = 1 // 0
except ZeroDivisionError:
    print("caught")
