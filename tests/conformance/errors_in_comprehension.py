# An error raised inside a list comprehension, after earlier output.
xs = [4, 2, 0]
print([12 // x for x in xs[:2]])
print([12 // x for x in xs])
