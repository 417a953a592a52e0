# from-importing from an unsupported module is refused.
# refused: module 'collections' is not supported by fastjit
# at: 4:6
from collections import deque
print(deque([1]))
