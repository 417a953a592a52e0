# ord and chr over ASCII, Latin-1, BMP and astral code points, and round trips.
for c in ["A", "z", "0", " ", "\n", "é", "€", "\U0001f600"]:
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print("".join([chr(ord("a") + i) for i in range(26)]))
