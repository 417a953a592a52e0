# divmod and pow on ints and floats of all signs; pow with two and three arguments.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(0.0, -1))
print(pow(2, 8), pow(2.0, 8), pow(2, -1), pow(-8.0, 2), pow(9, 0.5))
print(pow(7, 3, 5), pow(-7, 3, 5), pow(7, 3, -5), pow(123456789, 987654321, 1000000007))
