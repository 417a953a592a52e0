# from math import * is refused.
# refused: wildcard imports ('from m import *') are not supported by fastjit
# at: 4:18
from math import *
print(sqrt(4))
