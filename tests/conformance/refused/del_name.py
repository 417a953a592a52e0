# del of a plain name is refused (only del a[i] is in the subset).
# refused: 'del' of a name is not supported by fastjit
# at: 6:5
x = 5
print(x)
del x
