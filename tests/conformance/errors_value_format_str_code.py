# ValueError: Unknown format code 'd' for object of type 'str'.
s = "7"
print(f"{int(s):d}")
print(f"{s:d}")
