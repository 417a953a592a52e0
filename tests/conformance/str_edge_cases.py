# String edge cases: repr of backslashes, quotes, combining and format characters, padding of wide characters, empty joins.
print("a" < "ä", ord("😀"), "abc"[-0], hex(-0), bin(-1), str(1e22), repr(1e22), repr(1e21), repr(123456789012345680.0))
print(repr("\\'\""), repr("'\""), repr("\\"), repr("a\u0300"), repr("\u00ad\u061c\u2066"), repr("\ufeff"), repr("\U000e0001"))
print("{:>5}".format("日本"), len("{:^6}".format("é")), "{:*^5}".format(""), "{0!r:^9}".format("x"))
print("ab" * 3 + "c", "-".join(["a"] * 3), "".join([]), repr("" + ""), "x" in "", "" in "x")
