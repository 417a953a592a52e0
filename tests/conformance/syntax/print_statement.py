# The Python 2 print statement is a SyntaxError (Missing parentheses).
print "hello"
