# TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'.
print(int("3"))
print(int([3]))
