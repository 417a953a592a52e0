# Signed zeros through divmod, //, %, unary operators, int(), round(), sum(), sorting, min/max and powers.
print(divmod(-0.0, 1.0), (-0.0) // 1, -0.0 % 5, 0.0 % -5, -(0.0), +(-0.0), abs(-0.0), int(-0.9), round(-0.0), round(-0.4))
print(str(-0.0), float("-0"), complex(-0.0, -0.0), [0.0, -0.0], (-0.0,), -0.0 * 0, 0.0 * -1.5)
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]), max(0.0, -0.0), min(-0.0, 0.0), sum([-0.0]), sum([-0.0, -0.0]), sum([], -0.0))
print(-0.0 == 0, 1 / -float("inf"), 0.0 ** 1, (-0.0) ** 1, (-0.0) ** 2, (-0.0) ** 0.5, (-0.0) ** 3)
