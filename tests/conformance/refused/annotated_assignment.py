# Annotated assignments (x: int = 5) are refused at the ':'.
# refused: annotated assignments ('x: int = ...') are not supported by fastjit
# at: 4:6
count: int = 5
print(count)
