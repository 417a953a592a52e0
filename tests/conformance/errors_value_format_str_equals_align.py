# ValueError: '=' alignment not allowed in string format specifier.
s = "ab"
print(f"{s:>4}")
print(f"{s:=4}")
