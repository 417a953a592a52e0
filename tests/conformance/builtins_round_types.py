# round returns an int without ndigits and the argument's type with ndigits (int stays int).
print(round(3.7), round(-3.7), round(3), round(3, 1), round(3.7, 0), round(-0.4), round(0.4, 0))
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float), isinstance(round(25, -1), int))
print(round(1e16, -1), round(123456789, -4), round(-123456789, -4))
print(round(0.5, 1), round(2.345, 2), round(2.355, 2), round(8.875, 2), round(-8.875, 2))
