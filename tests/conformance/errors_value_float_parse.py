# ValueError: could not convert string to float: 'abc'.
print(float("1.5"))
print(float("abc"))
