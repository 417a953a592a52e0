# print with separators and endings that contain newlines and non-ASCII, across several calls on one line.
print("a", "b", "c", sep="→")
print("x", end="")
print("y", end="")
print("z", sep="ignored")
print(1, 2.0, "3", sep="", end="|\n")
print("", "", "", sep="-")
print("multi\nline", "arg", sep="\n")
