# Complex division: exact cases, mixed with int and float, and a tiny divisor.
print((1 + 2j) / (1 + 2j), (4 + 2j) / 2, 10 / (1 + 1j), (1 + 1j) / 1e-300)
print((6 - 4j) / (3 + 2j), 1j / 1j, (-1 + 0j) / 1j)
print(divmod(7, 2), (3 + 3j) / (1 - 1j))
