# The sample-program idiom: take a size from sys.argv if given, else a default (no arguments here).
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print("n", n, len(sys.argv))
