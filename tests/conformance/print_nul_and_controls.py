# Printing strings that contain NUL, carriage return and other control characters writes them verbatim.
print("a\0b")
print("cr\rlf")
print("bell\x07", "esc\x1b", sep="|")
print(len("a\0b"))
