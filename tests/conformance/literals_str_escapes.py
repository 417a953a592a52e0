# String escapes: \n \t \\ \' \" \r \0 \x \u \N-free octal, and a backslash-newline inside a string.
print("a\tb")
print("line1\nline2")
print("back\\slash")
print("quote\"s and \'s")
print("\x41\x42\x43", "\101\102", "\u00e9", "\u03c0")
print(len("\0"), len("\x00\x01"), ord("\r"))
print("join\
ed")
print(repr("\a\b\f\v"))
print(len("\n\t\\"))
