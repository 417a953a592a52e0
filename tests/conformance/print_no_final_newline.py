# The program's output ends without a newline; a long line and special floats in containers come before it.
print("line")
print([1.0, -0.0, 1e16, 1e-5, float("nan")], (1e22,))
print("x" * 5000)
print("no newline at end", end="")
