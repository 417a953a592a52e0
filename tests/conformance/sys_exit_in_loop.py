# sys.exit(0) from inside nested loops in a function stops everything immediately.
from sys import exit
def run():
    for i in range(10):
        for j in range(10):
            if i * j == 6:
                print("exit at", i, j)
                exit(0)
run()
print("not printed")
