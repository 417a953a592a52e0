# len counts code points, also for combining characters and astral characters.
print(len(""), len("a"), len("héllo"), len("e\u0301"), len("😀"), len("日本語テキスト"))
s = "naïve café"
print(s[2], s[-1], s[::-1])
