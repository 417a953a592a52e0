# A closing bracket that does not match the opening one is a SyntaxError on the closing line.
x = (1,
     2]
