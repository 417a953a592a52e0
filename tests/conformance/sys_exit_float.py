# sys.exit(2.5): a non-int argument is printed to stderr and the status is 1.
import sys
sys.exit(2.5)
