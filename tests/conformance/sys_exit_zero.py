# sys.exit() ends the program with status 0; nothing after it runs.
import sys
print("before exit")
sys.exit()
print("not printed")
