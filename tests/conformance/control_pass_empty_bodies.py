# pass as a placeholder body in if, loops and functions.
def nothing():
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
print(nothing(), i)
