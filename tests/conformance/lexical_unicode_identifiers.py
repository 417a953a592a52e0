# Non-ASCII identifiers (letters such as π, ö, ß) are valid names.
π = 3.14159
größe = 2
print(π * größe, f"{π:.2f}")
