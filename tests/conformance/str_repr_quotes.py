# repr(str) chooses single quotes unless the string contains ' and no ", and escapes as CPython does.
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(""))
print(repr("tab\there"), repr("new\nline"), repr("cr\r"), repr("back\\slash"), repr("nul\0"))
print(repr("\x7f"), repr("\x1b[0m"), repr("\xa0"), repr("\xad"), repr("é"), repr("π"))
print(repr("\u200b"), repr("\u2028"), repr("日本"), repr("\U0001f600"), repr("\x80"), repr("\xff"))
print(["a'b", 'c"d', "x"], ("\n",))
print(str("it's"), "%")
