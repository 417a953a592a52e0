# sys.exit([1, 'two']): the list's str is printed to stderr and the status is 1.
import sys
sys.exit([1, "two"])
