# OverflowError: %c arg not in range(0x110000).
print(f"{9731:c}")
print(f"{1114112:c}")
