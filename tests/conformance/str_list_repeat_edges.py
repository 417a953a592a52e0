# Repetition by zero and negative counts gives empty strings and lists, in either operand order.
print(repr("ab" * -1), [1] * -5, "x" * 0, 0 * "x", [] * 3, (1,) == (1,))
