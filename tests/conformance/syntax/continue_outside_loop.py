# 'continue' outside a loop is a SyntaxError, even inside a function.
def f():
    continue
