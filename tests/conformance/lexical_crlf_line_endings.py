# A source file with Windows CRLF line endings: lines and strings are read as with LF endings.
x = 1
if x:
    print('crlf', x)
s = '''two
lines'''
print(repr(s), len(s))
