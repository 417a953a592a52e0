# ValueError: invalid literal for int() with base 10: '12.5'.
print(int("12"))
print(int("12.5"))
