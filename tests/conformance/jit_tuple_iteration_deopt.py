# A hot top-level loop over a tuple, compiled in the middle of the run; a global it reads changes
# type (bump), so its guard fails and the loop goes back to the interpreter in the middle of
# the tuple: the interpreter must continue with the next item, not restart the tuple or skip one.
def bump():
    global scale
    scale = 2.5


scale = 1
total = 0
seen = []
for k in range(3000):
    for d in (1, 2, 3):
        total += d * scale
        if k == 2500 and d == 2:
            bump()
        if k >= 2499 and k <= 2501:
            seen.append((k, d))
print(total, seen)
