# repr of every ASCII and Latin-1 character: which are escaped (\xNN, \t, \n, \r, \\, quotes) and which print.
print([chr(i) for i in range(128)])
print([chr(i) for i in range(128, 256)])
print(repr("".join([chr(i) for i in range(32, 127)])))
