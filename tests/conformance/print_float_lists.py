# Long lists of computed floats printed with repr: multiples of 0.1 and powers of 1/3.
print([i * 0.1 for i in range(100)])
print([1 / 3 ** i for i in range(25)])
