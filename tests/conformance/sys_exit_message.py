# sys.exit("message") prints the message to stderr and exits with status 1 (no traceback).
import sys
print("printed first")
sys.exit("fatal: something went wrong")
