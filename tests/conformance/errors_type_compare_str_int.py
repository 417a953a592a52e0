# TypeError: '<' not supported between instances of 'str' and 'int'.
print(1 < 2)
print("1" < 2)
