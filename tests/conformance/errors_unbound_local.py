# UnboundLocalError: a name assigned later in the function is local, so reading it first fails.
count = 0
def bump():
    print("bumping")
    count += 1
bump()
