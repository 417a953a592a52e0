# 'break' outside a loop is a SyntaxError.
if True:
    break
