# raise is Tier 2: refused.
# refused: 'raise' statements are not supported by fastjit
# at: 6:9
def check(v):
    if v < 0:
        raise ValueError("negative")
    return v
print(check(1))
