# Three-argument pow: results take the modulus's sign, intermediates need 128 bits, negative exponents invert.
print(pow(3, 200, 1000000007))
print(pow(2, 1000000000000000000, 1000000007))
print(pow(4611686018427387903, 4611686018427387901, 9223372036854775783))
print(pow(9223372036854775806, 2, 9223372036854775807))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7))
print(pow(2, 0, 1), pow(5, 0, 7), pow(0, 0, 7))
print(pow(3, -1, 7), pow(10, -2, 17))
print(pow(2, 10), pow(2, -2), pow(-2, 3))
