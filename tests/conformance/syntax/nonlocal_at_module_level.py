# nonlocal at module level is a SyntaxError in CPython (reported before any refusal of nonlocal).
print("never printed")
nonlocal x
