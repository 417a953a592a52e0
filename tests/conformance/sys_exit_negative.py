# sys.exit(-1) gives exit status 255.
import sys
sys.exit(-1)
