# A source file whose last line has no newline at the end.
def f():
    return 'no final newline'
print(f())