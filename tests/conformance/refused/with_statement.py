# with statements (Tier 2) are refused.
# refused: 'with' statements are not supported by fastjit
# at: 5:1
print("never printed")
with open("data.txt") as fh:
    print(fh)
