# ValueError: Unknown format code 'd' for object of type 'float'.
x = 2.5
print(f"{x:f}")
print(f"{x:d}")
