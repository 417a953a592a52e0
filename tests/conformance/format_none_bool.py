# Formatting None, bools and lists with no spec or width-only specs where Python allows it.
print(f"{None}|{True}|{False:>6}|{True:5d}|{False:b}|{True:.1f}|")
print(f"{[1, 2]}|{(3,)}|{[1, 'a']!r}|")
