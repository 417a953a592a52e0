# Non-ASCII strings: length counts code points, indexing and printing UTF-8 text.
s = "héllo wörld"
print(s, len(s))
print(s[1], s[-4])
print("π ≈", 3.14159)
print("日本語", len("日本語"))
print(ord("é"), chr(233), chr(960))
