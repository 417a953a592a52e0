# Importing a module outside math, time, random and sys is refused, naming the module.
# refused: module 'os' is not supported by fastjit
# at: 4:8
import os
print(os.getcwd())
