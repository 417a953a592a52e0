# ValueError: chr() arg not in range(0x110000).
print(chr(1114111) == "\U0010ffff")
print(chr(1114112))
