# ValueError: Precision not allowed in integer format specifier.
n = 5
print(f"{n:5}")
print(f"{n:.2}")
