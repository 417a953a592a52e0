# sys.exit(4) after output without a newline: the output is flushed and the status is 4.
import sys
for i in range(3):
    print(i, end=" ")
sys.exit(4)
