# Output without a trailing newline before an error must still be flushed to stdout.
print("partial line", end="")
print(" more", end="")
x = 1 % 0
