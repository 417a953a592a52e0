# A name read inside a top-level loop that nothing ever assigns: NameError at that line, once the
# loop reaches it (after output printed before the loop).
print("start")
count = 0
for i in range(10):
    count += i
    if i == 3:
        count += not_defined_anywhere
print("never")
