# sys.exit(256): the process exit status is taken modulo 256 (0); a partial line printed before is flushed.
import sys
print("x", end="")
sys.exit(256)
