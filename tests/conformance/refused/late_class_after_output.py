# A refused construct late in the file still prevents everything, including earlier prints, from running.
# refused: 'class' statements are not supported by fastjit
# at: 9:1
for i in range(3):
    print("would print", i)
def f():
    return 1
print(f())
class Late:
    pass
