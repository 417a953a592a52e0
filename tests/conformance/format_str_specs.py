# Formatting strings: width, alignment (default left), fill, truncation with precision, and 's' type.
s = "abc"
print(f"[{s}][{s:6}][{s:>6}][{s:^6}][{s:^7}][{s:*<6}][{s:.2}][{s:6.1}][{s:s}][{s:2}]")
print(f"[{'':3}][{'é':>3}][{'日本':^6}]")
print("[{:>{}}]".format("x", 4))
