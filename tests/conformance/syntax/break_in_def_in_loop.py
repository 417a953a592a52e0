# break inside a function defined in a loop body is outside any loop of that function: SyntaxError.
for i in range(2):
    def f():
        break
