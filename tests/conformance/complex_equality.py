# Complex equality with ints, floats and other complex numbers; complex numbers in lists and 'in'.
print(1 + 0j == 1, 1j == 1, 2.5 + 0j == 2.5, (1 + 2j) == complex(1, 2), 1j != -1j)
print(1j in [1, 1j], 0 in [0j], [1 + 0j] == [1])
print(complex(1, 0) == True, 0j == False, bool(0j), bool(1e-300j))
