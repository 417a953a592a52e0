# args: 12 hello -3.5
# sys.argv: the script's arguments after the script name, converted with int() and float().
import sys
print(len(sys.argv), sys.argv[1:])
n = int(sys.argv[1])
print(n * 2, sys.argv[2].join(["<", ">"]), float(sys.argv[3]) * 2)
print(sys.argv[0][-11:])
