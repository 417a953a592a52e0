# sys.exit(3) ends the program with exit status 3 and no traceback.
import sys
def stop(code):
    print("stopping with", code)
    sys.exit(code)
stop(3)
print("not printed")
