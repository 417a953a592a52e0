# TypeError from a builtin called with the wrong number of arguments: len() takes exactly one argument.
print(len("ab"))
print(len("a", "b"))
