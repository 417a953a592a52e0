# The Ellipsis literal '...' is refused.
# refused: '...' (Ellipsis) is not supported by fastjit
# at: 5:5
def todo():
    ...
print(todo())
